// Runs tasks on a fixed number of threads and hands their results back in
// the order the tasks were submitted, with at most `window` tasks submitted
// but not yet handed back: a batch of any length holds a bounded number of
// records in memory, and its output comes out in input order.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace saywho::cli {

template <class Result>
class OrderedPool {
 public:
  using Task = std::function<Result()>;
  using Sink = std::function<void(Result&&)>;

  // jobs <= 1 runs every task on the caller's thread, at submit(). `sink`
  // always runs on the caller's thread (inside submit() or finish()).
  OrderedPool(std::size_t jobs, std::size_t window, Sink sink)
      : window_(window < jobs ? jobs : window), sink_(std::move(sink)) {
    if (jobs <= 1) return;
    for (std::size_t i = 0; i < jobs; ++i) workers_.emplace_back([this] { work(); });
  }

  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  ~OrderedPool() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stopping_ = true;
    }
    work_ready_.notify_all();
    for (std::thread& t : workers_) t.join();
  }

  // Queues `task`; first hands back finished results from the front, and
  // waits while the window is full.
  void submit(Task task) {
    if (workers_.empty()) {
      sink_(task());
      return;
    }
    std::unique_lock<std::mutex> lock(mutex_);
    while (slots_.size() >= window_) deliver_front(lock);
    slots_.push_back(std::make_unique<Slot>(Slot{std::move(task), {}, {}, false}));
    ++unstarted_;
    work_ready_.notify_one();
    while (!slots_.empty() && slots_.front()->done) deliver_front(lock);
  }

  // Waits for every queued task and hands back the remaining results.
  void finish() {
    std::unique_lock<std::mutex> lock(mutex_);
    while (!slots_.empty()) deliver_front(lock);
  }

 private:
  struct Slot {
    Task task;
    std::optional<Result> result;
    std::exception_ptr error;
    bool done = false;
  };

  // Waits for the oldest slot, then passes its result to the sink (unlocked,
  // so workers go on meanwhile). A task's exception is rethrown here.
  void deliver_front(std::unique_lock<std::mutex>& lock) {
    slot_done_.wait(lock, [this] { return slots_.front()->done; });
    std::unique_ptr<Slot> slot = std::move(slots_.front());
    slots_.pop_front();
    lock.unlock();
    if (slot->error) {
      lock.lock();
      std::rethrow_exception(slot->error);
    }
    sink_(std::move(*slot->result));
    lock.lock();
  }

  void work() {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      work_ready_.wait(lock, [this] { return stopping_ || unstarted_ > 0; });
      if (stopping_) return;
      // The oldest slot nobody has started: slots_ holds started ones first.
      Slot* slot = slots_[slots_.size() - unstarted_].get();
      --unstarted_;
      lock.unlock();
      try {
        slot->result.emplace(slot->task());
      } catch (...) {
        slot->error = std::current_exception();
      }
      lock.lock();
      slot->done = true;
      slot_done_.notify_all();
    }
  }

  const std::size_t window_;
  Sink sink_;
  std::vector<std::thread> workers_;
  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable slot_done_;
  std::deque<std::unique_ptr<Slot>> slots_;  // submitted, not yet handed back
  std::size_t unstarted_ = 0;                // the last `unstarted_` of slots_
  bool stopping_ = false;
};

}  // namespace saywho::cli
