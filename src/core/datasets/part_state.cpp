#include "core/datasets/part_state.hpp"

#include <algorithm>
#include <limits>

#include "core/budgets.hpp"
#include "core/datasets/state_codec.hpp"

namespace polso::datasets {

namespace {

// "PLSOPART" read as a little-endian u64, then the version and the kind.
constexpr std::uint64_t kMagic = 0x545241504f534c50ULL;
constexpr std::uint64_t kSurveyKind = 1, kConversationsKind = 2, kOrdersKind = 3;
// Bounds that only a corrupted state passes: a real one stays far inside.
constexpr std::uint64_t kMaxScore = 1000;
constexpr std::int64_t kMaxSketchBucket = 1 << 20;
constexpr std::uint64_t kMaxCommentGroups = 16;

Error invalid_state() {
  Error e;
  e.code = "part_state_invalid";
  e.message_en = "A part of the file read by another worker came back unreadable; the file is read again in one piece.";
  e.message_it = "Una parte del file letta da un altro worker è tornata illeggibile; il file viene riletto tutto insieme.";
  return e;
}

void save_header(StateWriter& w, std::uint64_t kind) {
  w.u64(kMagic);
  w.u64(kPartStateVersion);
  w.u64(kind);
}

bool load_header(StateReader& r, std::uint64_t kind) {
  return r.u64() == kMagic && r.u64() == kPartStateVersion && r.u64() == kind && r.ok();
}

}  // namespace

// One save/load pair per piece of state; load returns false on bytes that
// do not make a valid one (the reader also remembers the failure).
struct PartStateCodec {
  // --- rows read, used and skipped
  static void save(StateWriter& w, const RowAccounting& a) {
    w.u64(a.read_);
    w.u64(a.used_);
    w.u64(a.reasons_.size());
    for (const auto& [reason, r] : a.reasons_) {
      w.str(reason);
      w.u64(r.count);
      w.u64(r.first_rows.size());
      for (auto row : r.first_rows) w.u64(row);
    }
  }
  static bool load(StateReader& r, RowAccounting& a) {
    a.read_ = r.u64();
    a.used_ = r.u64();
    for (std::size_t n = r.size(16); n > 0 && r.ok(); --n) {
      std::string reason = r.str();
      SkipReason s;
      s.count = r.u64();
      s.first_rows.resize(r.at_most(RowAccounting::kExampleRows));
      for (auto& row : s.first_rows) row = r.u64();
      if (s.first_rows.size() > s.count || !std::is_sorted(s.first_rows.begin(), s.first_rows.end())) r.fail();
      a.reasons_.insert_or_assign(std::move(reason), std::move(s));
    }
    if (a.used_ > a.read_) r.fail();
    return r.ok();
  }

  // --- survey answers
  static void save(StateWriter& w, const ScoreCounts& c) {
    for (double v : c.counts) w.f64(v);
  }
  static bool load(StateReader& r, ScoreCounts& c) {
    for (double& v : c.counts) v = r.count_f64();
    return r.ok();
  }
  static void save(StateWriter& w, const std::map<std::string, ScoreCounts, std::less<>>& m) {
    w.u64(m.size());
    for (const auto& [key, counts] : m) {
      w.str(key);
      save(w, counts);
    }
  }
  static bool load(StateReader& r, std::map<std::string, ScoreCounts, std::less<>>& m, int max_score,
                   std::size_t max_size) {
    const std::size_t n = r.size(8 + 8 * (static_cast<std::size_t>(max_score) + 1));
    if (n > max_size) r.fail();
    for (std::size_t i = 0; i < n && r.ok(); ++i) {
      std::string key = r.str();
      ScoreCounts c(max_score);
      load(r, c);
      m.insert_or_assign(std::move(key), std::move(c));
    }
    return r.ok();
  }
  static void save(StateWriter& w, const SurveyAggregate& a) {
    w.u64(static_cast<std::uint64_t>(a.max_score_));
    save(w, a.overall_);
    save(w, a.periods_);
    save(w, a.segments_);
    save(w, a.rows_);
    w.flag(a.segments_capped_);
    w.flag(a.periods_capped_);
    w.u64(a.period_evictions_);
  }
  static bool load(StateReader& r, SurveyAggregate& a) {
    const int max_score = static_cast<int>(r.at_most(kMaxScore));
    if (!r.ok()) return false;
    a = SurveyAggregate(max_score);
    load(r, a.overall_);
    load(r, a.periods_, max_score, SurveyAggregate::kMaxPeriods);
    load(r, a.segments_, max_score, SurveyAggregate::kMaxSegments + 1);  // + "(other)"
    load(r, a.rows_);
    a.segments_capped_ = r.flag();
    a.periods_capped_ = r.flag();
    a.period_evictions_ = r.u64();
    return r.ok();
  }

  // --- comments
  static void save(StateWriter& w, const text::TermSketch& s) {
    w.u64(s.capacity_);
    w.u64(s.floor_);
    // Sorted, so the same sketch gives the same bytes on every platform.
    std::vector<const text::TermSketch::Terms::value_type*> terms;
    for (const auto& t : s.terms_) terms.push_back(&t);
    std::sort(terms.begin(), terms.end(), [](auto* a, auto* b) { return a->first < b->first; });
    w.u64(terms.size());
    for (const auto* t : terms) {
      const text::TermCounts& c = t->second;
      w.str(t->first);
      w.u64(c.count);
      w.u64(c.error);
      w.u64(c.docs);
      w.u64(c.surfaces.size());
      for (const auto& [surface, n] : c.surfaces) {
        w.str(surface);
        w.u64(n);
      }
      w.u64(c.examples.size());
      for (const auto& e : c.examples) w.str(e);
    }
  }
  static bool load(StateReader& r, text::TermSketch& s) {
    if (r.u64() != budget::kMaxCommentTerms) r.fail();
    s.floor_ = r.u64();
    const std::size_t n = r.size(48);
    if (n > 2 * s.capacity_) r.fail();
    for (std::size_t i = 0; i < n && r.ok(); ++i) {
      std::string key = r.str();
      text::TermCounts c;
      c.count = r.u64();
      c.error = r.u64();
      c.docs = r.u64();
      c.surfaces.resize(r.at_most(text::TermSketch::kMaxSurfaces));
      for (auto& [surface, m] : c.surfaces) {
        surface = r.str();
        m = r.u64();
      }
      c.examples.resize(r.at_most(budget::kCommentExamples));
      for (auto& e : c.examples) e = r.str();
      if (c.error > c.count) r.fail();
      s.terms_.insert_or_assign(std::move(key), std::move(c));
    }
    return r.ok();
  }
  static void save(StateWriter& w, const std::optional<CommentAggregate>& a) {
    w.flag(a.has_value());
    if (!a) return;
    w.u64(static_cast<std::uint64_t>(a->language_));
    w.flag(a->long_comments_);
    w.u64(a->groups_.size());
    for (const auto& g : a->groups_) {
      save(w, g.terms);
      w.u64(g.comments);
      w.u64(g.occurrences);
    }
  }
  static bool load(StateReader& r, std::optional<CommentAggregate>& a) {
    if (!r.flag()) return r.ok();
    const auto language = static_cast<text::Language>(r.at_most(text::kLanguages.size() - 1));
    const bool long_comments = r.flag();
    const std::size_t groups = r.at_most(kMaxCommentGroups);
    if (!r.ok()) return false;
    a.emplace(groups, language);
    a->long_comments_ = long_comments;
    for (auto& g : a->groups_) {
      load(r, g.terms);
      g.comments = r.u64();
      g.occurrences = r.u64();
    }
    return r.ok();
  }

  // --- the table's counters
  static void save(StateWriter& w, const TablePart& t) {
    w.u64(t.encoding ? static_cast<std::uint64_t>(*t.encoding) : 0);
    w.u64(t.bytes_read);
    w.u64(t.ragged_rows);
    w.u64(t.nul_bytes);
    w.u64(t.replaced_characters);
    w.u64(t.preview.size());
    for (const auto& row : t.preview) {
      w.u64(row.size());
      for (const auto& cell : row) w.str(cell);
    }
  }
  static bool load(StateReader& r, TablePart& t) {
    if (const auto e = r.at_most(static_cast<std::uint64_t>(csv::Encoding::windows1252)); e != 0)
      t.encoding = static_cast<csv::Encoding>(e);
    t.bytes_read = r.u64();
    t.ragged_rows = r.u64();
    t.nul_bytes = r.u64();
    t.replaced_characters = r.u64();
    t.preview.resize(r.at_most(TableStream::kPreviewRows));
    for (auto& row : t.preview) {
      row.resize(r.size(8));
      for (auto& cell : row) cell = r.str();
    }
    return r.ok();
  }

  // --- conversations
  static void save(StateWriter& w, const QuantileSketch& s) {
    w.u64(s.zeros_);
    w.i64(s.first_);
    w.u64(s.counts_.size());
    for (auto c : s.counts_) w.u64(c);
  }
  static bool load(StateReader& r, QuantileSketch& s) {
    s.zeros_ = r.u64();
    const std::int64_t first = r.i64();
    const std::size_t n = r.size(8);
    if (first < -kMaxSketchBucket || first > kMaxSketchBucket || n > static_cast<std::size_t>(kMaxSketchBucket)) r.fail();
    if (!r.ok()) return false;
    s.first_ = static_cast<std::int32_t>(first);
    s.counts_.resize(n);
    s.positive_ = 0;
    for (auto& c : s.counts_) s.positive_ += (c = r.u64());
    return r.ok();
  }
  static void save(StateWriter& w, const DurationStats& d) {
    w.u64(d.n_);
    w.u64(d.sum_);
    w.u64(d.with_target_);
    w.u64(d.within_target_);
    w.flag(d.sketched_);
    if (d.sketched_) return save(w, d.sketch_);
    w.u64(d.exact_.size());
    for (double x : d.exact_) w.f64(x);
  }
  static bool load(StateReader& r, DurationStats& d) {
    d.n_ = r.u64();
    d.sum_ = r.u64();
    d.with_target_ = r.u64();
    d.within_target_ = r.u64();
    d.sketched_ = r.flag();
    if (d.sketched_) {
      load(r, d.sketch_);
      if (d.sketch_.count() != d.n_) r.fail();
    } else {
      d.exact_.resize(std::min<std::size_t>(r.size(8), DurationStats::kExactLimit + 1));
      for (double& x : d.exact_) x = r.count_f64();
      if (d.exact_.size() > DurationStats::kExactLimit || d.exact_.size() != d.n_) r.fail();
    }
    if (d.within_target_ > d.with_target_ || d.with_target_ > d.n_) r.fail();
    return r.ok();
  }
  static void save(StateWriter& w, const ConversationGroup& g) {
    for (auto v : {g.conversations, g.unanswered, g.resolved, g.fcr_known, g.fcr_first_contact, g.self_served,
                   g.csat_words, g.csat_words_satisfied})
      w.u64(v);
    for (auto c : g.csat) w.u64(c);
    save(w, g.first_response);
    save(w, g.resolution);
  }
  static bool load(StateReader& r, ConversationGroup& g) {
    for (auto* v : {&g.conversations, &g.unanswered, &g.resolved, &g.fcr_known, &g.fcr_first_contact,
                    &g.self_served, &g.csat_words, &g.csat_words_satisfied})
      *v = r.u64();
    for (auto& c : g.csat) c = r.u64();
    load(r, g.first_response);
    load(r, g.resolution);
    return r.ok();
  }
  static void save(StateWriter& w, const std::map<std::string, ConversationGroup, std::less<>>& m) {
    w.u64(m.size());
    for (const auto& [key, g] : m) {
      w.str(key);
      save(w, g);
    }
  }
  static bool load(StateReader& r, std::map<std::string, ConversationGroup, std::less<>>& m) {
    const std::size_t n = r.size(8 * 21);
    if (n > ConversationAggregate::kMaxGroups + 1) r.fail();  // + "(other)"
    for (std::size_t i = 0; i < n && r.ok(); ++i) {
      std::string key = r.str();
      ConversationGroup g;
      load(r, g);
      m.insert_or_assign(std::move(key), std::move(g));
    }
    return r.ok();
  }
  static void save(StateWriter& w, const ConversationAggregate& a) {
    save(w, a.overall_);
    save(w, a.channels_);
    save(w, a.agents_);
    w.u64(a.volumes_.size());
    for (const auto& [period, n] : a.volumes_) {
      w.i64(period);
      w.u64(n);
    }
    save(w, a.rows_);
    const CellNotes& c = a.notes_;
    for (auto v : {c.csat_unreadable, c.contacts_unreadable, c.flag_unrecognised, c.repeated_ids,
                   c.csat_not_answered, c.durations_over_a_year, c.open_with_resolution_time})
      w.u64(v);
    w.flag(a.channels_capped_);
    w.flag(a.agents_capped_);
  }
  static bool load(StateReader& r, ConversationAggregate& a) {
    load(r, a.overall_);
    load(r, a.channels_);
    load(r, a.agents_);
    for (std::size_t n = r.size(16); n > 0 && r.ok(); --n) {
      const std::int64_t period = r.i64();
      a.volumes_[period] = r.u64();
    }
    load(r, a.rows_);
    CellNotes& c = a.notes_;
    for (auto* v : {&c.csat_unreadable, &c.contacts_unreadable, &c.flag_unrecognised, &c.repeated_ids,
                    &c.csat_not_answered, &c.durations_over_a_year, &c.open_with_resolution_time})
      *v = r.u64();
    a.channels_capped_ = r.flag();
    a.agents_capped_ = r.flag();
    return r.ok();
  }

  // --- orders
  static void save(StateWriter& w, const CustomerTable& t) {
    w.u64(t.size());
    for (std::uint32_t k = 0; k < t.size(); ++k) {
      const CustomerState& c = t.customers_[k];
      w.str(t.id(k));
      w.i64(c.revenue);
      w.u64(c.orders);
      const auto days = t.days(k);
      w.u64(days.size());
      for (DayEntry e : days) w.u64(e);
    }
  }
  static bool load(StateReader& r, CustomerTable& t) {
    const std::size_t n = r.size(32);
    for (std::size_t k = 0; k < n && r.ok(); ++k) {
      const std::string id = r.str();
      const Micros revenue = r.i64();
      const auto orders = static_cast<std::uint32_t>(r.at_most(std::numeric_limits<std::uint32_t>::max()));
      const std::size_t days = r.size(8);
      // Each id once, in the order the part met them.
      if (!r.ok() || t.intern(id) != k) return r.fail(), false;
      std::int64_t previous = -kDayBias;
      for (std::size_t d = 0; d < days && r.ok(); ++d) {
        const auto e = static_cast<DayEntry>(r.at_most(std::numeric_limits<DayEntry>::max()));
        const std::int64_t day = entry_day(e);
        if (!r.ok() || !day_in_range(day) || day <= previous || entry_orders(e) == 0) return r.fail(), false;
        previous = day;
        t.add_orders(static_cast<std::uint32_t>(k), day, entry_orders(e));
      }
      t.customers_[k].revenue = revenue;
      t.customers_[k].orders = orders;
    }
    return r.ok();
  }
  static void save(StateWriter& w, const OrderIdSet& s) {
    w.u64(s.size_);
    for (std::uint64_t slot : s.slots_)
      if (slot) w.u64(slot);
  }
  static bool load(StateReader& r, OrderIdSet& s) {
    const std::size_t count = r.size(8);
    if (!r.ok()) return false;
    s.reserve(s.size_ + count);
    for (std::size_t n = count; n > 0 && r.ok(); --n) {
      const std::uint64_t slot = r.u64();
      const std::uint64_t fingerprint = slot & ~std::uint64_t{7};
      if (!r.ok() || !fingerprint || s.flags_of_fingerprint_known(fingerprint)) return r.fail(), false;
      s.mark_fingerprint(fingerprint, static_cast<std::uint8_t>(slot & 7));
    }
    return r.ok();
  }
  static void save(StateWriter& w, const DayTotals& t) {
    w.u64(t.orders);
    w.u64(t.refunds);
    w.i64(t.order_revenue);
    w.i64(t.refund_amount);
  }
  static bool load(StateReader& r, DayTotals& t) {
    t.orders = r.u64();
    t.refunds = r.u64();
    t.order_revenue = r.i64();
    t.refund_amount = r.i64();
    return r.ok();
  }
  static void save(StateWriter& w, const OrdersAggregate& a) {
    save(w, a.customers_);
    save(w, a.order_ids_);
    w.u64(a.days_.size());
    for (const auto& [day, t] : a.days_) {
      w.i64(day);
      save(w, t);
    }
    w.u64(a.channels_.size());
    for (const auto& [key, t] : a.channels_) {
      w.str(key);
      save(w, t);
    }
    save(w, a.rows_);
    w.flag(a.channels_capped_);
    w.u64(a.duplicates_across_parts_);
    w.i64(a.largest_order_);
    w.u64(a.unknown_refunds_);
    w.u64(a.currencies_.size());
    for (const auto& code : a.currencies_) w.str(code);
    w.i64(a.money_in_);
    w.i64(a.money_out_);
    w.flag(a.money_overflow_);
  }
  static bool load(StateReader& r, OrdersAggregate& a) {
    load(r, a.customers_);
    load(r, a.order_ids_);
    for (std::size_t n = r.size(40); n > 0 && r.ok(); --n) {
      const std::int64_t day = r.i64();
      if (!day_in_range(day)) r.fail();
      load(r, a.days_[day]);
    }
    const std::size_t channels = r.size(40);
    if (channels > OrdersAggregate::kMaxChannels + 1) r.fail();  // + "(other)"
    for (std::size_t i = 0; i < channels && r.ok(); ++i) {
      std::string key = r.str();
      load(r, a.channels_[key]);
    }
    load(r, a.rows_);
    a.channels_capped_ = r.flag();
    a.duplicates_across_parts_ = r.u64();
    a.largest_order_ = r.i64();
    a.unknown_refunds_ = r.u64();
    a.currencies_.resize(r.at_most(OrdersAggregate::kMaxCurrencies));
    for (auto& code : a.currencies_) code = r.str();
    a.money_in_ = r.i64();
    a.money_out_ = r.i64();
    a.money_overflow_ = r.flag();
    if (a.money_in_ < 0 || a.money_out_ < 0) r.fail();
    return r.ok();
  }
  static void save(StateWriter& w, const OpenOrder& o) {
    for (const std::string* text : {&o.id, &o.customer, &o.channel, &o.skip_reason, &o.last_row}) w.str(*text);
    w.i64(o.day);
    w.u64(static_cast<std::uint64_t>(o.status));
    w.i64(o.amount);
  }
  static bool load(StateReader& r, OpenOrder& o) {
    for (std::string* text : {&o.id, &o.customer, &o.channel, &o.skip_reason, &o.last_row}) *text = r.str();
    o.day = r.i64();
    o.status = static_cast<Meaning>(r.at_most(static_cast<std::uint64_t>(Meaning::unanswered)));
    o.amount = r.i64();
    if (!day_in_range(o.day)) r.fail();
    return r.ok();
  }
};

std::string save_part_state(const SurveyPartState& s) {
  StateWriter w;
  save_header(w, kSurveyKind);
  PartStateCodec::save(w, s.aggregate);
  for (const auto* c : {&s.comments, &s.focus, &s.rising}) PartStateCodec::save(w, *c);
  w.flag(s.long_segment_names);
  PartStateCodec::save(w, s.table);
  return w.take();
}

Expected<SurveyPartState> load_survey_part_state(std::string_view bytes) {
  StateReader r(bytes);
  SurveyPartState s;
  if (!load_header(r, kSurveyKind)) return invalid_state();
  PartStateCodec::load(r, s.aggregate);
  for (auto* c : {&s.comments, &s.focus, &s.rising}) PartStateCodec::load(r, *c);
  s.long_segment_names = r.flag();
  PartStateCodec::load(r, s.table);
  if (!r.at_end()) return invalid_state();
  return s;
}

std::string save_part_state(const ConversationsPartState& s) {
  StateWriter w;
  save_header(w, kConversationsKind);
  PartStateCodec::save(w, s.aggregate);
  PartStateCodec::save(w, s.table);
  w.flag(s.first_id.has_value());
  w.str(s.first_id.value_or(""));
  w.str(s.last_id);
  return w.take();
}

Expected<ConversationsPartState> load_conversations_part_state(std::string_view bytes) {
  StateReader r(bytes);
  ConversationsPartState s;
  if (!load_header(r, kConversationsKind)) return invalid_state();
  PartStateCodec::load(r, s.aggregate);
  PartStateCodec::load(r, s.table);
  const bool has_first = r.flag();
  std::string first = r.str();
  if (has_first) s.first_id = std::move(first);
  s.last_id = r.str();
  if (!r.at_end()) return invalid_state();
  return s;
}

std::string save_part_state(const OrdersPartState& s) {
  StateWriter w;
  save_header(w, kOrdersKind);
  PartStateCodec::save(w, s.aggregate);
  PartStateCodec::save(w, s.table);
  w.u64(s.lead.size());
  for (const HeldRow& row : s.lead) {
    w.u64(row.line);
    w.u64(row.cells.size());
    for (const auto& cell : row.cells) w.str(cell);
  }
  w.u64(s.window.size());
  for (const auto& id : s.window) w.str(id);
  w.flag(s.mergeable);
  w.flag(s.open.has_value());
  if (s.open) PartStateCodec::save(w, *s.open);
  return w.take();
}

Expected<OrdersPartState> load_orders_part_state(std::string_view bytes) {
  StateReader r(bytes);
  OrdersPartState s;
  if (!load_header(r, kOrdersKind)) return invalid_state();
  PartStateCodec::load(r, s.aggregate);
  PartStateCodec::load(r, s.table);
  s.lead.resize(r.size(16));
  for (HeldRow& row : s.lead) {
    row.line = r.u64();
    row.cells.resize(r.size(8));
    for (auto& cell : row.cells) cell = r.str();
  }
  s.window.resize(r.at_most(budget::kMaxPartWindowIds));
  for (auto& id : s.window) id = r.str();
  s.mergeable = r.flag();
  if (r.flag()) PartStateCodec::load(r, s.open.emplace());
  if (!r.at_end()) return invalid_state();
  return s;
}

}  // namespace polso::datasets
