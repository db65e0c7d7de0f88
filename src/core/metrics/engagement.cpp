// Engagement and web metrics (METRICS.md section 3). Most are one share of a
// whole, so each is a declaration plus a call to percent_of.
#include "core/metrics/common.hpp"
#include "core/metrics/groups.hpp"

namespace polso::metrics {
namespace {

// A metric that is `part / whole × 100` over two counts.
// Its details are the two counts (percent_of), so its estimand is their share.
MetricSpec share_metric(std::string_view id, Localized name, SentenceWords words, Localized help, Localized formula,
                        InputSpec part, InputSpec whole, ComputeFn compute,
                        std::vector<BandSpec> bands = {}) {
  const std::string_view p = part.name, w = whole.name;
  return {.id = id, .group = Group::engagement, .name = name, .help = help, .formula = formula,
          .unit = Unit::percent, .inputs = {std::move(part), std::move(whole)},
          .variants = {{"counts", {"Counts", "Conteggi"}, {p, w}}}, .bands = std::move(bands),
          .compute = compute, .estimand = share_of(p, w), .words = words, .range = kPercentBounds};
}

InputSpec sessions() {
  return count_input("sessions", {"Sessions", "Sessioni"}, {"Visits to the site in the period.", "Visite al sito nel periodo."});
}

Expected<Outcome> social_engagement_rate(const Args& a) {
  const std::string_view base = a.variant() == "followers" ? "followers" : "impressions";
  if (auto e = require_positive(a, base)) return *e;
  const double interactions = a.num("likes") + a.num("comments") + a.num("shares") + a.num("saves");
  Outcome out;
  out.value = interactions * 100.0 / a.num(base);
  out.detail("interactions", interactions).detail(std::string(base), a.num(base));
  out.formula.text("(").number(a.num("likes")).text(" + ").number(a.num("comments")).text(" + ")
      .number(a.num("shares")).text(" + ").number(a.num("saves")).text(") / ").number(a.num(base))
      .text(" × 100 = ").number(out.value);
  return out;
}

Expected<Outcome> follower_growth_rate(const Args& a) {
  if (auto e = require_positive(a, "followers_start")) return *e;
  const double start = a.num("followers_start"), end = a.num("followers_end");
  Outcome out;
  out.value = (end - start) * 100.0 / start;
  out.detail("followers_start", start).detail("followers_end", end).detail("change", end - start);
  out.formula.text("(").number(end).text(" − ").number(start).text(") / ").number(start)
      .text(" × 100 = ").number(out.value);
  return out;
}

Expected<Outcome> marketing_roi(const Args& a) {
  if (auto e = require_positive(a, "cost")) return *e;
  const double revenue = a.num("revenue"), cost = a.num("cost");
  Outcome out;
  out.value = (revenue - cost) * 100.0 / cost;
  out.detail("revenue", revenue).detail("cost", cost).detail("profit", revenue - cost);
  out.formula.text("(").number(revenue).text(" − ").number(cost).text(") / ").number(cost)
      .text(" × 100 = ").number(out.value);
  return out;
}

Expected<Outcome> cart_abandonment_rate(const Args& a) {
  if (auto e = require_positive(a, "carts_created")) return *e;
  if (auto e = require_not_above(a, "purchases", "carts_created")) return *e;
  const double carts = a.num("carts_created"), bought = a.num("purchases");
  Outcome out;
  out.value = (carts - bought) * 100.0 / carts;
  out.detail("carts_created", carts).detail("purchases", bought).detail("abandoned", carts - bought);
  out.formula.text("(").number(carts).text(" − ").number(bought).text(") / ").number(carts)
      .text(" × 100 = ").number(out.value);
  return out;
}

}  // namespace

std::vector<MetricSpec> engagement() {
  std::vector<MetricSpec> m;
  m.push_back(share_metric(
      "engagement_rate", {"Customer engagement rate", "Tasso di coinvolgimento clienti"},
      {"Engagement rate", "the engagement rate", "Il tasso di coinvolgimento"},
      {"The share of customers who were active in the period.", "La quota di clienti attivi nel periodo."},
      {"active customers / all customers × 100", "clienti attivi / clienti totali × 100"},
      count_input("active_customers", {"Active customers", "Clienti attivi"},
                  {"Customers who interacted in the period.", "Clienti che hanno interagito nel periodo."}),
      count_input("total_customers", {"Total customers", "Clienti totali"}, {"All your customers.", "Tutti i tuoi clienti."}),
      [](const Args& a) { return percent_of(a, "active_customers", "total_customers"); }));
  m.push_back(share_metric(
      "repeat_interaction_rate", {"Repeat interaction rate", "Tasso di interazione ripetuta"},
      {"Repeat interaction rate", "the repeat interaction rate", "Il tasso di interazione ripetuta"},
      {"The share of customers who interacted more than once.", "La quota di clienti che hanno interagito più di una volta."},
      {"customers with 2+ interactions / customers × 100", "clienti con 2+ interazioni / clienti × 100"},
      count_input("repeat_customers", {"Repeat customers", "Clienti ricorrenti"},
                  {"Customers with more than one interaction.", "Clienti con più di un’interazione."}),
      count_input("total_customers", {"Total customers", "Clienti totali"}, {"All your customers.", "Tutti i tuoi clienti."}),
      [](const Args& a) { return percent_of(a, "repeat_customers", "total_customers"); }));
  m.push_back(share_metric(
      "ctr", {"Click-through rate (CTR)", "Percentuale di clic (CTR)"},
      {"CTR", "the CTR", "Il CTR"},
      {"The share of impressions that led to a click.", "La quota di visualizzazioni che hanno portato a un clic."},
      {"clicks / impressions × 100", "clic / impressioni × 100"},
      count_input("clicks", {"Clicks", "Clic"}, {"Clicks on the link, ad or e-mail.", "Clic sul link, annuncio o e-mail."}),
      count_input("impressions", {"Impressions", "Impressioni"}, {"Times it was shown.", "Volte in cui è stato mostrato."}),
      [](const Args& a) { return percent_of(a, "clicks", "impressions"); }));
  m.push_back(share_metric(
      "conversion_rate", {"Conversion rate", "Tasso di conversione"},
      {"Conversion rate", "the conversion rate", "Il tasso di conversione"},
      {"The share of visitors who completed the goal (a purchase, a sign-up).",
       "La quota di visitatori che hanno completato l’obiettivo (un acquisto, un’iscrizione)."},
      {"conversions / visitors × 100", "conversioni / visitatori × 100"},
      count_input("conversions", {"Conversions", "Conversioni"}, {"Visitors who completed the goal.", "Visitatori che hanno completato l’obiettivo."}),
      count_input("visitors", {"Visitors", "Visitatori"}, {"All visitors in the period.", "Tutti i visitatori del periodo."}),
      [](const Args& a) { return percent_of(a, "conversions", "visitors"); }));
  m.push_back(share_metric(
      "bounce_rate", {"Bounce rate", "Frequenza di rimbalzo"},
      {"Bounce rate", "the bounce rate", "La frequenza di rimbalzo", true},
      {"The share of sessions that saw only one page.", "La quota di sessioni con una sola pagina vista."},
      {"single-page sessions / sessions × 100", "sessioni di una pagina / sessioni × 100"},
      count_input("bounced_sessions", {"Single-page sessions", "Sessioni di una sola pagina"},
                  {"Sessions that left after one page.", "Sessioni terminate dopo una pagina."}),
      sessions(), [](const Args& a) { return percent_of(a, "bounced_sessions", "sessions"); },
      {{"good", {"Good (under 40%)", "Buono (sotto il 40%)"}, Tone::good, 0, 40, true, false},
       {"high", {"High (40% or more)", "Alto (40% o più)"}, Tone::bad, 40, 100, true, true}}));
  m.back().better = Better::lower;
  m.push_back({.id = "avg_session_duration", .group = Group::engagement,
               .name = {"Average session duration", "Durata media della sessione"},
               .help = {"How long a visit lasts on average.", "Quanto dura in media una visita."},
               .formula = {"total session time / sessions", "tempo totale delle sessioni / sessioni"},
               .unit = Unit::seconds,
               .inputs = {{"total_duration_seconds", InputKind::seconds, {"Total session time (seconds)", "Tempo totale delle sessioni (secondi)"},
                           {"All sessions' durations added up.", "Le durate di tutte le sessioni sommate."}},
                          sessions()},
               .variants = {{"counts", {"Totals", "Totali"}, {"total_duration_seconds", "sessions"}}},
               .compute = [](const Args& a) { return quotient_of(a, "total_duration_seconds", "sessions"); },
               .estimand = {EstimandKind::none}});
  m.push_back({.id = "pages_per_visit", .group = Group::engagement,
               .name = {"Pages per visit", "Pagine per visita"},
               .help = {"How many pages a visit sees on average.", "Quante pagine vede in media una visita."},
               .formula = {"page views / sessions", "visualizzazioni di pagina / sessioni"},
               .unit = Unit::ratio,
               .unit_label = {"pages", "pagine"},
               .inputs = {count_input("pageviews", {"Page views", "Visualizzazioni di pagina"}, {"All pages viewed.", "Tutte le pagine viste."}),
                          sessions()},
               .variants = {{"counts", {"Counts", "Conteggi"}, {"pageviews", "sessions"}}},
               .compute = [](const Args& a) { return quotient_of(a, "pageviews", "sessions"); },
               .estimand = {EstimandKind::none}});
  m.push_back({.id = "cart_abandonment_rate", .group = Group::engagement,
               .name = {"Cart abandonment rate", "Tasso di abbandono del carrello"},
               .help = {"The share of shopping carts that never became a purchase.", "La quota di carrelli che non sono diventati un acquisto."},
               .formula = {"(carts created − purchases) / carts created × 100", "(carrelli creati − acquisti) / carrelli creati × 100"},
               .unit = Unit::percent, .better = Better::lower,
               .inputs = {count_input("carts_created", {"Carts created", "Carrelli creati"}, {"Carts with at least one item.", "Carrelli con almeno un articolo."}),
                          count_input("purchases", {"Purchases", "Acquisti"}, {"Carts that were paid.", "Carrelli pagati."})},
               .variants = {{"counts", {"Counts", "Conteggi"}, {"carts_created", "purchases"}}},
               .bands = {{"better_than_average", {"Better than the 68.53% industry average", "Migliore della media di settore (68,53%)"}, Tone::good, 0, 68.53, true, false},
                         {"worse_than_average", {"At or above the 68.53% industry average", "Pari o sopra la media di settore (68,53%)"}, Tone::bad, 68.53, 100, true, true}},
               .compute = cart_abandonment_rate,
               .estimand = share_of("abandoned", "carts_created"),
               .words = {"Cart abandonment rate", "the cart abandonment rate", "Il tasso di abbandono del carrello"},
               .range = kPercentBounds});
  m.push_back(share_metric(
      "feature_adoption_rate", {"Feature adoption rate", "Tasso di adozione della funzione"},
      {"Feature adoption rate", "the feature adoption rate", "Il tasso di adozione della funzione"},
      {"The share of active users who use a feature.", "La quota di utenti attivi che usa una funzione."},
      {"users of the feature / active users × 100", "utenti della funzione / utenti attivi × 100"},
      count_input("feature_users", {"Feature users", "Utenti della funzione"}, {"Users who used the feature.", "Utenti che hanno usato la funzione."}),
      count_input("active_users", {"Active users", "Utenti attivi"}, {"All active users in the period.", "Tutti gli utenti attivi nel periodo."}),
      [](const Args& a) { return percent_of(a, "feature_users", "active_users"); }));
  m.push_back(share_metric(
      "stickiness", {"Stickiness (DAU/MAU)", "Stickiness (DAU/MAU)"},
      {"Stickiness", "the stickiness", "La stickiness", true},
      {"How many of the month's users come back on a given day.", "Quanti degli utenti del mese tornano in un dato giorno."},
      {"daily active users / monthly active users × 100", "utenti attivi giornalieri / utenti attivi mensili × 100"},
      count_input("dau", {"Daily active users (DAU)", "Utenti attivi giornalieri (DAU)"}, {"Average users per day.", "Utenti medi al giorno."}),
      count_input("mau", {"Monthly active users (MAU)", "Utenti attivi mensili (MAU)"}, {"Users in the month.", "Utenti nel mese."}),
      [](const Args& a) { return percent_of(a, "dau", "mau"); }));
  m.push_back({.id = "social_engagement_rate", .group = Group::engagement,
               .name = {"Social engagement rate", "Tasso di engagement social"},
               .help = {"Interactions with your posts relative to your audience.", "Le interazioni con i tuoi post rispetto al tuo pubblico."},
               .formula = {"(likes + comments + shares + saves) / followers (or impressions) × 100",
                           "(mi piace + commenti + condivisioni + salvataggi) / follower (o impressioni) × 100"},
               .unit = Unit::percent,
               .inputs = {count_input("likes", {"Likes", "Mi piace"}, {"Likes or reactions.", "Mi piace o reazioni."}),
                          count_input("comments", {"Comments", "Commenti"}, {"Comments received.", "Commenti ricevuti."}),
                          count_input("shares", {"Shares", "Condivisioni"}, {"Shares or reposts.", "Condivisioni o ripubblicazioni."}),
                          count_input("saves", {"Saves", "Salvataggi"}, {"Saves or bookmarks.", "Salvataggi o segnalibri."}),
                          count_input("followers", {"Followers", "Follower"}, {"Followers of the account.", "Follower dell’account."}),
                          count_input("impressions", {"Impressions", "Impressioni"}, {"Times the posts were shown.", "Volte in cui i post sono stati mostrati."})},
               .variants = {{"followers", {"Per follower", "Per follower"}, {"likes", "followers"}, {"comments", "shares", "saves"}},
                            {"impressions", {"Per impression", "Per impressione"}, {"likes", "impressions"}, {"comments", "shares", "saves"}}},
               .compute = social_engagement_rate,
               .estimand = {EstimandKind::none}});
  m.push_back({.id = "follower_growth_rate", .group = Group::engagement,
               .name = {"Follower growth rate", "Tasso di crescita dei follower"},
               .help = {"How much your audience grew over the period.", "Quanto è cresciuto il tuo pubblico nel periodo."},
               .formula = {"(followers at end − followers at start) / followers at start × 100",
                           "(follower a fine periodo − follower a inizio periodo) / follower a inizio periodo × 100"},
               .unit = Unit::percent,
               .inputs = {count_input("followers_start", {"Followers at start", "Follower a inizio periodo"}, {"Followers on the first day.", "Follower il primo giorno."}),
                          count_input("followers_end", {"Followers at end", "Follower a fine periodo"}, {"Followers on the last day.", "Follower l’ultimo giorno."})},
               .variants = {{"counts", {"Counts", "Conteggi"}, {"followers_start", "followers_end"}}},
               .compute = follower_growth_rate,
               .estimand = {EstimandKind::none}});
  m.push_back({.id = "marketing_roi", .group = Group::engagement,
               .name = {"Marketing ROI", "ROI del marketing"},
               .help = {"What a campaign returned for each unit spent.", "Quanto ha reso una campagna per ogni unità spesa."},
               .formula = {"(attributed revenue − campaign cost) / campaign cost × 100",
                           "(ricavi attribuiti − costo della campagna) / costo della campagna × 100"},
               .unit = Unit::percent,
               .inputs = {money_input("revenue", {"Attributed revenue", "Ricavi attribuiti"}, {"Revenue the campaign brought in.", "Ricavi portati dalla campagna."}),
                          money_input("cost", {"Campaign cost", "Costo della campagna"}, {"What the campaign cost.", "Quanto è costata la campagna."})},
               .variants = {{"counts", {"Revenue and cost", "Ricavi e costo"}, {"revenue", "cost"}}},
               .compute = marketing_roi,
               .estimand = {EstimandKind::none}});
  return m;
}

}  // namespace polso::metrics
