// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_HPP_
#define WA_PARTICIPANTS_HPP_

/// @file
/// The umbrella header: everything a user of wa-participants needs.

#include "wa/participants/action.hpp"          // IWYU pragma: export
#include "wa/participants/backend.hpp"         // IWYU pragma: export
#include "wa/participants/cancellation.hpp"    // IWYU pragma: export
#include "wa/participants/capabilities.hpp"    // IWYU pragma: export
#include "wa/participants/client.hpp"          // IWYU pragma: export
#include "wa/participants/connection.hpp"      // IWYU pragma: export
#include "wa/participants/curl_transport.hpp"  // IWYU pragma: export
#include "wa/participants/error.hpp"           // IWYU pragma: export
#include "wa/participants/events.hpp"          // IWYU pragma: export
#include "wa/participants/evolution.hpp"       // IWYU pragma: export
#include "wa/participants/expected.hpp"        // IWYU pragma: export
#include "wa/participants/group.hpp"           // IWYU pragma: export
#include "wa/participants/http.hpp"            // IWYU pragma: export
#include "wa/participants/log.hpp"             // IWYU pragma: export
#include "wa/participants/meta.hpp"            // IWYU pragma: export
#include "wa/participants/options.hpp"         // IWYU pragma: export
#include "wa/participants/outcome.hpp"         // IWYU pragma: export
#include "wa/participants/providers.hpp"       // IWYU pragma: export
#include "wa/participants/ryze.hpp"            // IWYU pragma: export
#include "wa/participants/version.hpp"         // IWYU pragma: export
#include "wa/participants/waha.hpp"            // IWYU pragma: export
#include "wa/participants/whapi.hpp"           // IWYU pragma: export
#include "wa/participants/zapi.hpp"            // IWYU pragma: export

#endif  // WA_PARTICIPANTS_HPP_
