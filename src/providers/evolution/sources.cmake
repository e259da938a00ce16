# The Evolution API provider's sources, relative to src/.
list(APPEND WA_SOURCES
  providers/evolution/evolution_client.cpp
  providers/evolution/evolution_codec.cpp
  providers/evolution/evolution_descriptor.cpp
  providers/evolution/evolution_events.cpp
)
