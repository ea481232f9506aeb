// HTML character references: named (&eacute;) and numeric (&#233; &#xE9;).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace saywho::cli {

// Decodes the character reference that starts at `html[pos]` (an '&') and
// appends its UTF-8 to `out`. Returns the number of bytes consumed, or 0 when
// it is not a reference we know (the caller then keeps the '&' as text).
std::size_t decode_entity(std::string_view html, std::size_t pos, std::string& out);

}  // namespace saywho::cli
