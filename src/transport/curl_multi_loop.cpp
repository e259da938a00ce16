// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "transport/curl_multi_loop.hpp"

#include <deque>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

#include "transport/curl_exchange.hpp"
#include "transport/curl_global.hpp"
#include "util/sdk_thread.hpp"
#include "util/thread_name.hpp"

namespace wa {
inline namespace v1 {
namespace internal {
namespace {

// How long the loop sleeps in curl_multi_poll with transfers in flight: the
// bound on how late a cancellation is noticed when no byte moves.
constexpr int kCancelPollMs = 20;
// With nothing in flight the loop sleeps until woken.
constexpr int kIdlePollMs = 1000;

struct Job {
  Job(HttpRequest r, std::function<void(Result<HttpResponse>)> d, const CurlTransportOptions& o)
      : request(std::move(r)), done(std::move(d)), exchange(request, o) {}
  HttpRequest request;
  std::function<void(Result<HttpResponse>)> done;
  CurlExchange exchange;  // points into `request`: declared after it
  CURL* handle = nullptr;
};

void Complete(Job& job, Result<HttpResponse> result) {
  // A throwing callback must not unwind the loop and strand every other
  // transfer; the contract says callbacks do not throw.
  try {
    job.done(std::move(result));
  } catch (...) {
  }
}

Error Cancelled(const Job& job, const char* why) {
  Error e = MakeLocalError(ErrorCode::kCancelled, job.exchange.where() + ": " + why);
  e.request_sent = job.handle != nullptr;
  return e;
}

}  // namespace

struct CurlMultiLoop::State {
  ~State() {
    // Handles before the share they use; runs after the loop has ended.
    for (CURL* h : idle) curl_easy_cleanup(h);
    if (multi != nullptr) curl_multi_cleanup(multi);
    if (share != nullptr) curl_share_cleanup(share);
  }

  CurlTransportOptions options;
  // The loop's own DNS and TLS-session caches: only its thread touches
  // them, so they need no locks, and they live exactly as long as it does.
  CURLSH* share = nullptr;
  CURLM* multi = nullptr;

  std::mutex mu;  // guards incoming, stopping, thread
  std::deque<std::unique_ptr<Job>> incoming;
  bool stopping = false;
  std::thread thread;

  // Loop thread only.
  std::vector<std::unique_ptr<Job>> active;
  std::vector<CURL*> idle;  // easy handles (and their options) reused across transfers
  HeaderListCache header_lists;

  bool Init();
  void Recycle(CURL* h);
  void Run();
  void Start(std::unique_ptr<Job> job);
  void Reap();
  void ReapCancelled();
  // A transfer taken off the multi handle, its handle back in `idle`.
  struct Ended {
    std::unique_ptr<Job> job;
    Result<HttpResponse> result;
  };
  /// Ends `job` (active) with `code`; the only way a transfer leaves `active`.
  Ended End(Job* job, CURLcode code);
};

bool CurlMultiLoop::State::Init() {
  if (EnsureCurlGlobalInit() != CURLE_OK) return false;
  multi = curl_multi_init();
  share = curl_share_init();
  if (multi == nullptr || share == nullptr) return false;
  // Keep-alive connections outlive the transfers that opened them; by
  // default the cache shrinks with the number of transfers in flight.
  curl_multi_setopt(multi, CURLMOPT_MAXCONNECTS, static_cast<long>(options.max_idle_handles));
  curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
  curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
  return true;
}

void CurlMultiLoop::State::Recycle(CURL* h) {
  if (idle.size() < options.max_idle_handles) {
    idle.push_back(h);
  } else {
    curl_easy_cleanup(h);
  }
}

void CurlMultiLoop::State::Start(std::unique_ptr<Job> job) {
  if (job->request.cancel.IsCancelled()) {
    Complete(*job, Unexpected(Cancelled(*job, "cancelled before sending")));
    return;
  }
  CURL* h = nullptr;
  if (!idle.empty()) {
    h = idle.back();
    idle.pop_back();
  } else {
    h = curl_easy_init();
  }
  if (h == nullptr) {
    Complete(*job, Unexpected(MakeLocalError(
                       ErrorCode::kInternal,
                       job->exchange.where() + ": libcurl could not allocate a handle")));
    return;
  }
  if (auto attached = job->exchange.Attach(h, share, header_lists); !attached) {
    Recycle(h);
    Complete(*job, Unexpected(std::move(attached).error()));
    return;
  }
  curl_easy_setopt(h, CURLOPT_PRIVATE, job.get());
  if (curl_multi_add_handle(multi, h) != CURLM_OK) {
    (void)job->exchange.Finish(h, CURLE_FAILED_INIT);
    Recycle(h);
    Complete(*job,
             Unexpected(MakeLocalError(ErrorCode::kInternal,
                                       job->exchange.where() + ": libcurl refused the transfer")));
    return;
  }
  job->handle = h;
  active.push_back(std::move(job));
}

CurlMultiLoop::State::Ended CurlMultiLoop::State::End(Job* job, CURLcode code) {
  CURL* h = job->handle;
  curl_multi_remove_handle(multi, h);
  Ended ended;
  for (auto& a : active) {
    if (a.get() != job) continue;
    ended.job = std::move(a);
    a = std::move(active.back());
    active.pop_back();
    break;
  }
  ended.result = job->exchange.Finish(h, code);
  Recycle(h);
  return ended;
}

void CurlMultiLoop::State::Reap() {
  int left = 0;
  while (CURLMsg* msg = curl_multi_info_read(multi, &left)) {
    if (msg->msg != CURLMSG_DONE) continue;
    CURL* h = msg->easy_handle;
    CURLcode code = msg->data.result;  // read before the handle is removed
    Job* job = nullptr;
    curl_easy_getinfo(h, CURLINFO_PRIVATE, &job);
    Ended ended = End(job, code);
    Complete(*ended.job, std::move(ended.result));
  }
}

void CurlMultiLoop::State::ReapCancelled() {
  // The progress callback only runs while bytes move; a transfer waiting on
  // a slow server is checked here instead.
  for (std::size_t i = 0; i < active.size();) {
    Job* job = active[i].get();
    if (!job->request.cancel.IsCancelled()) {
      ++i;
      continue;
    }
    Ended ended = End(job, CURLE_ABORTED_BY_CALLBACK);
    Complete(*ended.job, std::move(ended.result));
  }
}

void CurlMultiLoop::State::Run() {
  SdkThreadScope sdk_thread;
  for (;;) {
    std::deque<std::unique_ptr<Job>> fresh;
    bool stop = false;
    {
      std::lock_guard<std::mutex> lock(mu);
      fresh.swap(incoming);
      stop = stopping;
    }
    if (stop) {
      for (auto& job : fresh) {
        Complete(*job, Unexpected(Cancelled(*job, "the transport was destroyed")));
      }
      while (!active.empty()) {
        Ended ended = End(active.back().get(), CURLE_ABORTED_BY_CALLBACK);
        Complete(*ended.job, Unexpected(Cancelled(*ended.job, "the transport was destroyed")));
      }
      // Anything submitted by those callbacks is refused too.
      std::lock_guard<std::mutex> lock(mu);
      if (incoming.empty()) return;
      continue;
    }
    for (auto& job : fresh) Start(std::move(job));
    int running = 0;
    curl_multi_perform(multi, &running);
    Reap();
    ReapCancelled();
    curl_multi_poll(multi, nullptr, 0, active.empty() ? kIdlePollMs : kCancelPollMs, nullptr);
  }
}

CurlMultiLoop::CurlMultiLoop(CurlTransportOptions options) : state_(std::make_shared<State>()) {
  state_->options = std::move(options);
}

CurlMultiLoop::~CurlMultiLoop() {
  std::thread thread;
  {
    std::lock_guard<std::mutex> lock(state_->mu);
    state_->stopping = true;
    thread = std::move(state_->thread);
  }
  if (!thread.joinable()) return;
  curl_multi_wakeup(state_->multi);
  if (thread.get_id() == std::this_thread::get_id()) {
    // Destroyed from one of its own callbacks: the thread holds its own
    // reference to the state and winds down after this callback returns.
    thread.detach();
  } else {
    thread.join();
  }
}

void CurlMultiLoop::Submit(HttpRequest request, std::function<void(Result<HttpResponse>)> done) {
  auto job = std::make_unique<Job>(std::move(request), std::move(done), state_->options);
  std::unique_lock<std::mutex> lock(state_->mu);
  if (state_->stopping) {
    lock.unlock();
    Complete(*job, Unexpected(Cancelled(*job, "the transport was destroyed")));
    return;
  }
  if (!state_->thread.joinable()) {
    if (state_->multi == nullptr && !state_->Init()) {
      lock.unlock();
      Complete(*job, Unexpected(MakeLocalError(
                         ErrorCode::kInternal,
                         job->exchange.where() + ": libcurl could not start its event loop")));
      return;
    }
    state_->thread = std::thread([state = state_] { state->Run(); });
    NameThread(state_->thread, "wa-curl-loop");
  }
  state_->incoming.push_back(std::move(job));
  lock.unlock();
  curl_multi_wakeup(state_->multi);
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
