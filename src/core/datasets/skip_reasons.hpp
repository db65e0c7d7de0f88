// The words of each skip reason a dataset's rows can have ("skipped_reasons"
// in a report): the reasons every dataset shares (empty rows, unreadable
// dates), then the dataset's own, else a plain "the row could not be used".
// In the core, so every door words a skipped row the same.
#pragma once

#include <string_view>

#include "core/localized.hpp"

namespace polso::datasets {

Localized survey_skip_reason(std::string_view code);  // survey and survey-counts
Localized orders_skip_reason(std::string_view code);
Localized conversations_skip_reason(std::string_view code);
// A counts file (orders-counts, conversations-counts): a bad row stops the
// analysis, so only the shared reasons have words of their own.
Localized counts_skip_reason(std::string_view code);

}  // namespace polso::datasets
