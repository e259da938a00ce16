// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The one list of providers: adding one is a folder under src/providers/
// (whose <name>_descriptor.cpp defines wa::internal::<name>::Descriptor())
// and one line in this list. The order is the order of usage messages.

#include "providers/descriptor.hpp"

#define WA_PARTICIPANTS_FOR_EACH_PROVIDER(X) \
  X(zapi)                                    \
  X(ryze)                                    \
  X(evolution)                               \
  X(waha)                                    \
  X(meta)                                    \
  X(whapi)

namespace wa {
inline namespace v1 {
namespace internal {

#define WA_PARTICIPANTS_DECLARE_DESCRIPTOR(name) \
  namespace name {                               \
  ProviderDescriptor Descriptor();               \
  }
WA_PARTICIPANTS_FOR_EACH_PROVIDER(WA_PARTICIPANTS_DECLARE_DESCRIPTOR)
#undef WA_PARTICIPANTS_DECLARE_DESCRIPTOR

const std::vector<ProviderDescriptor>& Registry() {
#define WA_PARTICIPANTS_DESCRIPTOR(name) name::Descriptor(),
  static const std::vector<ProviderDescriptor> kProviders = {
      WA_PARTICIPANTS_FOR_EACH_PROVIDER(WA_PARTICIPANTS_DESCRIPTOR)};
#undef WA_PARTICIPANTS_DESCRIPTOR
  return kProviders;
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
