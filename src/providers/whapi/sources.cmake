# The Whapi.Cloud provider's sources, relative to src/.
list(APPEND WA_SOURCES
  providers/whapi/whapi_client.cpp
  providers/whapi/whapi_codec.cpp
  providers/whapi/whapi_descriptor.cpp
  providers/whapi/whapi_events.cpp
)
