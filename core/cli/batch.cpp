#include "batch.hpp"

#include <ostream>
#include <thread>
#include <utility>

#include "ordered_pool.hpp"

namespace saywho::cli {

namespace {

struct Written {
  RecordResult result;
  std::size_t bytes = 0;
};

}  // namespace

std::size_t threads_for(std::size_t jobs) {
  if (jobs > 0) return jobs;
  const unsigned cores = std::thread::hardware_concurrency();
  return cores > 0 ? cores : 1;
}

struct BatchWriter::Pool {
  OrderedPool<Written> pool;
};

BatchWriter::BatchWriter(std::ostream& out, const BatchOptions& options)
    : out_(out), on_progress_(options.on_progress) {
  const std::size_t jobs = options.jobs == 0 ? 1 : options.jobs;
  const std::size_t window = options.window == 0 ? 16 * jobs : options.window;
  pool_.reset(new Pool{OrderedPool<Written>(jobs, window, [this](Written&& w) {
    out_ << w.result.line << '\n';
    ++(w.result.ok ? counts_.ok : counts_.failed);
    counts_.bytes += w.bytes;
    if (on_progress_) on_progress_(counts_);
  })});  // new: an OrderedPool cannot move
}

BatchWriter::~BatchWriter() = default;

void BatchWriter::add(std::size_t input_bytes, std::function<RecordResult()> task) {
  ++counts_.read;
  const std::size_t bytes = input_bytes + std::exchange(pending_bytes_, 0);
  pool_->pool.submit([task = std::move(task), bytes] { return Written{task(), bytes}; });
}

JsonlCounts BatchWriter::finish() {
  pool_->pool.finish();
  counts_.bytes += std::exchange(pending_bytes_, 0);
  return counts_;
}

}  // namespace saywho::cli
