// The CLI's batch modes as one call (saywho-cli and `python -m saywho` run
// the same): a JSONL file or standard input, a directory or a glob of
// articles; records analysed on --jobs threads, output in input order,
// progress on stderr when it is a terminal, a summary always.
#pragma once

#include <iosfwd>

#include "args.hpp"
#include "batch.hpp"
#include "saywho/saywho.hpp"

namespace saywho::cli {

// The core's options from the command line.
Options options_of(const Args& args);

// True when `args` asks for a batch: JSONL (--format jsonl or a .jsonl
// file), a directory or a glob.
bool is_batch(const Args& args);

// Runs the batch `args` asks for, writing one line per record to `out`.
// Throws InputError when the input cannot be opened at all.
JsonlCounts run_batch(const Args& args, std::ostream& out);

}  // namespace saywho::cli
