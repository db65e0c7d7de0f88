// Guessing which column holds the free-text answers (the "Why?" next to the
// score): by its name (Comment, Why, Reason, Feedback, Commento, Motivo,
// Perché, Commentaire, Comentario, Kommentar, Begründung, …) when its
// values are text, otherwise by its values alone (several words per answer,
// rarely repeated). The score, date and segment columns are never chosen,
// nor e-mail, address or id-like columns.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/datasets/column_choice.hpp"

namespace polso::datasets {

ResolvedColumn guess_comment_column(const std::vector<std::string>& headers,
                                    std::span<const std::vector<std::string>> sample,
                                    std::span<const std::int64_t> exclude);

}  // namespace polso::datasets
