# The RyzeAPI provider's sources, relative to src/.
list(APPEND WA_SOURCES
  providers/ryze/ryze_answer_reader.cpp
  providers/ryze/ryze_client.cpp
  providers/ryze/ryze_codec.cpp
  providers/ryze/ryze_descriptor.cpp
  providers/ryze/ryze_events.cpp
)
