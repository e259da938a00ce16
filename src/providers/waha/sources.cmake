# The WAHA provider's sources, relative to src/.
list(APPEND WA_SOURCES
  providers/waha/waha_client.cpp
  providers/waha/waha_codec.cpp
  providers/waha/waha_descriptor.cpp
  providers/waha/waha_engine_answers.cpp
  providers/waha/waha_events.cpp
)
