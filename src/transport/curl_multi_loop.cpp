// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "transport/curl_multi_loop.hpp"

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
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

using Clock = std::chrono::steady_clock;

// How long the loop sleeps with transfers in flight, and how often it scans
// them for cancellation: the bound on how late a cancellation is noticed
// when no byte moves.
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
  std::size_t slot = 0;  // its index in `active`, for removal in O(1)
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
    if (epoll_fd >= 0) close(epoll_fd);
    if (wake_fd >= 0) close(wake_fd);
  }

  CurlTransportOptions options;
  // The loop's own DNS and TLS-session caches: only its thread touches
  // them, so they need no locks, and they live exactly as long as it does.
  CURLSH* share = nullptr;
  CURLM* multi = nullptr;
  // libcurl tells the loop which sockets to watch and when to call it back
  // (curl_multi_socket_action), so each turn costs the sockets that are
  // ready, not every transfer in flight: what lets one thread carry ten
  // thousand of them. `wake_fd` (an eventfd in the same epoll set) wakes the
  // loop for new work and for shutdown.
  int epoll_fd = -1;
  int wake_fd = -1;
  bool ready = false;  // Init succeeded (guarded by mu)

  std::mutex mu;  // guards incoming, stopping, thread
  std::deque<std::unique_ptr<Job>> incoming;
  bool stopping = false;
  std::thread thread;

  // Loop thread only.
  std::vector<std::unique_ptr<Job>> active;
  std::vector<CURL*> idle;  // easy handles (and their options) reused across transfers
  HeaderListCache header_lists;
  std::optional<Clock::time_point> curl_deadline;  // libcurl's timer, if set
  std::vector<int> removed_this_turn;              // descriptors libcurl let go of
  Clock::time_point next_cancel_scan;

  bool Init();
  void Wake() const;
  void Turn();
  static int OnSocket(CURL* easy, curl_socket_t s, int what, void* state, void* socket_data);
  static int OnTimer(CURLM* multi, long timeout_ms, void* state);
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
  // Each piece is made once: after a failure, the next Submit tries again
  // with what already exists instead of leaking it.
  if (multi == nullptr) multi = curl_multi_init();
  if (share == nullptr) share = curl_share_init();
  if (epoll_fd < 0) epoll_fd = epoll_create1(EPOLL_CLOEXEC);
  if (wake_fd < 0) wake_fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  if (multi == nullptr || share == nullptr || epoll_fd < 0 || wake_fd < 0) return false;
  epoll_event wake{};
  wake.events = EPOLLIN;
  wake.data.fd = wake_fd;
  if (epoll_ctl(epoll_fd, EPOLL_CTL_ADD, wake_fd, &wake) != 0 && errno != EEXIST) return false;
  curl_multi_setopt(multi, CURLMOPT_SOCKETFUNCTION, &State::OnSocket);
  curl_multi_setopt(multi, CURLMOPT_SOCKETDATA, this);
  curl_multi_setopt(multi, CURLMOPT_TIMERFUNCTION, &State::OnTimer);
  curl_multi_setopt(multi, CURLMOPT_TIMERDATA, this);
  // Keep-alive connections outlive the transfers that opened them; by
  // default the cache shrinks with the number of transfers in flight.
  curl_multi_setopt(multi, CURLMOPT_MAXCONNECTS, static_cast<long>(options.max_idle_handles));
  curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
  curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
  return true;
}

int CurlMultiLoop::State::OnSocket(CURL* /*easy*/, curl_socket_t s, int what, void* state,
                                   void* /*socket_data*/) {
  auto* self = static_cast<State*>(state);
  if (what == CURL_POLL_REMOVE) {
    epoll_ctl(self->epoll_fd, EPOLL_CTL_DEL, s, nullptr);
    // Events already read for this descriptor in this turn are stale: it
    // may be closed and its number reused by a new socket before they are
    // handled.
    self->removed_this_turn.push_back(s);
    return 0;
  }
  epoll_event ev{};
  ev.events =
      ((what & CURL_POLL_IN) != 0 ? EPOLLIN : 0u) | ((what & CURL_POLL_OUT) != 0 ? EPOLLOUT : 0u);
  ev.data.fd = s;
  // A socket is new to the set, or already in it with other interests.
  if (epoll_ctl(self->epoll_fd, EPOLL_CTL_MOD, s, &ev) == 0) return 0;
  if (errno == ENOENT && epoll_ctl(self->epoll_fd, EPOLL_CTL_ADD, s, &ev) == 0) return 0;
  return -1;  // libcurl then fails the transfer at once rather than let it hang
}

int CurlMultiLoop::State::OnTimer(CURLM* /*multi*/, long timeout_ms, void* state) {
  auto* self = static_cast<State*>(state);
  if (timeout_ms < 0) {
    self->curl_deadline.reset();
  } else {
    self->curl_deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
  }
  return 0;
}

void CurlMultiLoop::State::Wake() const {
  const std::uint64_t one = 1;
  // Never fails short of a full counter, and then the loop is awake anyway.
  (void)!write(wake_fd, &one, sizeof(one));
}

void CurlMultiLoop::State::Turn() {
  int wait_ms = active.empty() ? kIdlePollMs : kCancelPollMs;
  if (curl_deadline) {
    auto left = std::chrono::ceil<std::chrono::milliseconds>(*curl_deadline - Clock::now());
    wait_ms = std::min(wait_ms, static_cast<int>(std::max<long long>(0, left.count())));
  }
  std::array<epoll_event, 256> events{};
  int n = epoll_wait(epoll_fd, events.data(), static_cast<int>(events.size()), wait_ms);
  int running = 0;
  removed_this_turn.clear();
  for (int i = 0; i < n; ++i) {
    const epoll_event& ev = events[static_cast<std::size_t>(i)];
    if (std::find(removed_this_turn.begin(), removed_this_turn.end(), ev.data.fd) !=
        removed_this_turn.end()) {
      continue;  // level-triggered: a new socket on that number is reported next turn
    }
    if (ev.data.fd == wake_fd) {
      std::uint64_t count = 0;
      (void)!read(wake_fd, &count, sizeof(count));
      continue;
    }
    int flags = ((ev.events & EPOLLIN) != 0 ? CURL_CSELECT_IN : 0) |
                ((ev.events & EPOLLOUT) != 0 ? CURL_CSELECT_OUT : 0) |
                ((ev.events & (EPOLLERR | EPOLLHUP)) != 0 ? CURL_CSELECT_ERR : 0);
    curl_multi_socket_action(multi, ev.data.fd, flags, &running);
  }
  if (curl_deadline && *curl_deadline <= Clock::now()) {
    curl_deadline.reset();  // libcurl sets the next one during the call
    curl_multi_socket_action(multi, CURL_SOCKET_TIMEOUT, 0, &running);
  }
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
  job->slot = active.size();
  active.push_back(std::move(job));
}

CurlMultiLoop::State::Ended CurlMultiLoop::State::End(Job* job, CURLcode code) {
  CURL* h = job->handle;
  curl_multi_remove_handle(multi, h);
  Ended ended;
  const std::size_t slot = job->slot;
  ended.job = std::move(active[slot]);
  if (slot + 1 != active.size()) {
    active[slot] = std::move(active.back());
    active[slot]->slot = slot;
  }
  active.pop_back();
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
    Turn();
    Reap();
    if (auto now = Clock::now(); now >= next_cancel_scan) {
      ReapCancelled();
      next_cancel_scan = now + std::chrono::milliseconds(kCancelPollMs);
    }
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
  state_->Wake();
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
    if (!state_->ready && !(state_->ready = state_->Init())) {
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
  state_->Wake();
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
