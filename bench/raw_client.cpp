// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// RawClient: the libcurl options a careful hand-written client sets, and
// its measured loop.

#include "raw_client.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <string>

#include "transport/curl_exchange.hpp"
#include "wa/participants/curl_transport.hpp"

namespace wa::bench {
namespace {

struct ReadState {
  const std::string* body = nullptr;
  std::size_t offset = 0;
  int starts = 0;
};

extern "C" std::size_t Sink(char* p, std::size_t s, std::size_t n, void* out) {
  static_cast<std::string*>(out)->append(p, s * n);
  return s * n;
}

extern "C" std::size_t ReadBody(char* out, std::size_t size, std::size_t count, void* user) {
  auto* st = static_cast<ReadState*>(user);
  std::size_t n = std::min(size * count, st->body->size() - st->offset);
  std::memcpy(out, st->body->data() + st->offset, n);
  st->offset += n;
  return n;
}
extern "C" int CannotSeek(void*, curl_off_t, int) { return CURL_SEEKFUNC_CANTSEEK; }
extern "C" int CountStart(void* user, char*, char*, int, int) {
  return ++static_cast<ReadState*>(user)->starts > 1 ? CURL_PREREQFUNC_ABORT : CURL_PREREQFUNC_OK;
}

// Its own function, never inlined, so `./dev profile` can count the
// instructions inside it with callgrind (--toggle-collect): a figure that,
// unlike time, a shared machine cannot disturb.
__attribute__((noinline)) void RawLoop(CURL* h, std::string& body, ReadState& state, int n) {
  for (int i = 0; i < n; ++i) {
    body.clear();
    state.offset = 0;
    state.starts = 0;
    if (curl_easy_perform(h) != CURLE_OK) std::abort();
  }
}

}  // namespace

struct RawClient::State {
  HttpRequest req;
  ReadState read;
  CURL* h = curl_easy_init();
  curl_slist* headers = nullptr;
  std::string body;
};

RawClient::RawClient(const HttpRequest& req, Guard guard) : state_(std::make_unique<State>()) {
  State& s = *state_;
  s.req = req;
  for (const auto& line : internal::CurlHeaderLines(s.req, CurlTransportOptions{}.user_agent)) {
    s.headers = curl_slist_append(s.headers, line.c_str());
  }
  s.read.body = &s.req.body;
  curl_easy_setopt(s.h, CURLOPT_URL, s.req.url.c_str());
  curl_easy_setopt(s.h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(s.h, CURLOPT_HTTPHEADER, s.headers);
  curl_easy_setopt(s.h, CURLOPT_POST, 1L);
  if (guard == Guard::kReadNoSeek) {
    curl_easy_setopt(s.h, CURLOPT_READFUNCTION, &ReadBody);
    curl_easy_setopt(s.h, CURLOPT_READDATA, &s.read);
    curl_easy_setopt(s.h, CURLOPT_SEEKFUNCTION, &CannotSeek);
  } else {
    curl_easy_setopt(s.h, CURLOPT_POSTFIELDS, s.req.body.c_str());
  }
  if (guard == Guard::kPrereq) {
    curl_easy_setopt(s.h, CURLOPT_PREREQFUNCTION, &CountStart);
    curl_easy_setopt(s.h, CURLOPT_PREREQDATA, &s.read);
  }
  curl_easy_setopt(s.h, CURLOPT_POSTFIELDSIZE, static_cast<long>(s.req.body.size()));
  curl_easy_setopt(s.h, CURLOPT_WRITEFUNCTION, &Sink);
  curl_easy_setopt(s.h, CURLOPT_WRITEDATA, &s.body);
}

RawClient::~RawClient() {
  curl_slist_free_all(state_->headers);
  curl_easy_cleanup(state_->h);
}

double RawClient::Rps(int n) {
  auto start = std::chrono::steady_clock::now();
  RawLoop(state_->h, state_->body, state_->read, n);
  return n / std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace wa::bench
