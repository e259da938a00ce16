# The Meta (WhatsApp Cloud API) provider's sources, relative to src/.
list(APPEND WA_SOURCES
  providers/meta/meta_client.cpp
  providers/meta/meta_codec.cpp
  providers/meta/meta_descriptor.cpp
  providers/meta/meta_events.cpp
  providers/meta/meta_join_requests.cpp
)
