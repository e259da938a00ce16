# The Z-API provider's sources, relative to src/.
list(APPEND WA_SOURCES
  providers/zapi/zapi_client.cpp
  providers/zapi/zapi_codec.cpp
  providers/zapi/zapi_descriptor.cpp
  providers/zapi/zapi_events.cpp
)
