// Accuracy of a syntax pack on UD sentences, two ways:
//  - gold sentences: each UD sentence alone, on our tokens (align.hpp);
//  - raw text: the sentences of each UD document joined into paragraphs and
//    run through the whole text layer (our sentences, our tokens), scored
//    on the tokens whose span matches a gold unit (F1 over gold and ours).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "conllu.hpp"
#include "syntax/model.hpp"

namespace saywho::syntax::train {

void evaluate(const std::vector<UdSentence>& sentences, const Model& model, std::ostream& out);

}  // namespace saywho::syntax::train
