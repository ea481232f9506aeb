// Language detection for lang="auto": which pack's function words and cues
// are most frequent in the text.
#pragma once

#include <string>
#include <string_view>

namespace saywho::lexicon {

// The code of the best matching pack ("fr", "en"); the first pack when the
// text gives no evidence.
std::string detect_language(std::string_view utf8_text);

}  // namespace saywho::lexicon
