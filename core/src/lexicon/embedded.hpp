// The language packs' files, embedded in the binary at build time
// (cmake/embed_data.cmake), so that no stage needs a file system.
#pragma once

#include <string_view>
#include <vector>

namespace saywho::lexicon {

struct EmbeddedFile {
  std::string_view path;   // relative to core/data: "fr/cues.txt"
  std::string_view bytes;  // the file's content, UTF-8
};

const std::vector<EmbeddedFile>& embedded_files();

}  // namespace saywho::lexicon
