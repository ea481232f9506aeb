// Stage "reports" through the public API, on our own news-style texts: the
// document's mentions, title, publishers and date, and the report as the
// speaker of what it says — in French and English.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "test_pipeline_helpers.hpp"

using namespace saywho;
using saywho::testing::Result;
using saywho::testing::for_each_form;
using saywho::testing::run;

namespace {

std::vector<std::string> mentions(const Result& r, const Report& rep) {
  std::vector<std::string> out;
  for (const auto& m : rep.mentions) out.push_back(r.slice(m));
  return out;
}

std::vector<std::string> publishers(const Result& r, const Report& rep) {
  std::vector<std::string> out;
  for (const auto& id : rep.publishers) {
    const Entity* e = r.entity(id);
    out.push_back(e ? e->name : id);
  }
  return out;
}

std::string opt(const Result& r, const std::optional<ByteSpan>& s) { return s ? r.slice(*s) : ""; }

}  // namespace

TEST_CASE("reports: French report with title, publisher, date, anaphora and speech", "[reports][fr]") {
  const auto r = run("L'Observatoire des forêts a publié le 12 mars un rapport intitulé « Forêts en danger : "
                     "l'état des lieux ». Selon ce rapport, un arbre sur cinq est malade. Le document souligne "
                     "aussi que les incendies se multiplient.", "fr");
  REQUIRE(r.analysis.reports.size() == 1);
  const Report& rep = r.analysis.reports.front();
  CHECK(rep.id == "R1");
  CHECK(mentions(r, rep) == std::vector<std::string>{"un rapport", "ce rapport", "Le document"});
  CHECK(opt(r, rep.title) == "Forêts en danger : l'état des lieux");
  CHECK(opt(r, rep.date) == "le 12 mars");
  REQUIRE(rep.publishers.size() == 1);
  CHECK_THAT(publishers(r, rep).front(), Catch::StartsWith("L'Observatoire"));
  // What the report says is attributed to the report.
  const Quote* q1 = r.quote("un arbre sur cinq");
  const Quote* q2 = r.quote("incendies");
  REQUIRE(q1);
  REQUIRE(q2);
  CHECK(q1->speaker == std::optional<std::string>("R1"));
  CHECK(q2->speaker == std::optional<std::string>("R1"));
}

TEST_CASE("reports: after a possessive, the name after the document is its title; after an article, its author", "[reports]") {
  const auto fr = run("L'Observatoire des océans tire la sonnette d'alarme. Selon son rapport Océans vivants, les stocks ont "
                      "chuté de 40 %.",
                      "fr");
  CHECK(opt(fr, fr.only_report().title) == "Océans vivants");
  CHECK(publishers(fr, fr.only_report()) == std::vector<std::string>{"L'Observatoire des océans"});
  const auto en = run("In its report Living Harbours, the Coastal Trust says fish stocks fell.", "en");
  CHECK(opt(en, en.only_report().title) == "Living Harbours");
  CHECK(publishers(en, en.only_report()) == std::vector<std::string>{"the Coastal Trust"});
  const auto author = run("Selon le rapport Delorme, remis mardi, les stocks ont chuté.", "fr");
  CHECK(publishers(author, author.only_report()) == std::vector<std::string>{"Delorme"});
}

TEST_CASE("reports: an English plural after a name, before its object, is the name's verb", "[reports][en]") {
  const auto r = run("Harbour Rights Watch documents dozens of expulsions in its new report.", "en");
  CHECK(mentions(r, r.only_report()) == std::vector<std::string>{"its new report"});
  // Before a verb, the plural is the documents.
  const auto docs = run("The Harbour Board documents show that the ferry was overloaded.", "en");
  CHECK(mentions(docs, docs.only_report()) == std::vector<std::string>{"The Harbour Board documents"});
}

TEST_CASE("reports: English report with title, publisher, date, anaphora and speech", "[reports][en]") {
  const auto r = run("The Marlow Institute released a report titled \"Rivers at Risk\" on Tuesday. The report "
                     "said that nitrate levels had doubled since 2015. According to the study, farms are the "
                     "main source.", "en");
  REQUIRE(r.analysis.reports.size() == 1);
  const Report& rep = r.analysis.reports.front();
  CHECK(mentions(r, rep) == std::vector<std::string>{"a report", "The report", "the study"});
  CHECK(opt(r, rep.title) == "Rivers at Risk");
  CHECK(opt(r, rep.date) == "on Tuesday");
  CHECK(publishers(r, rep) == std::vector<std::string>{"The Marlow Institute"});
  const Quote* said = r.quote("nitrate");
  const Quote* according = r.quote("farms");
  REQUIRE(said);
  REQUIRE(according);
  CHECK(said->speaker == std::optional<std::string>("R1"));
  CHECK(according->speaker == std::optional<std::string>("R1"));
}

TEST_CASE("reports: 'X a déclaré dans un communiqué' — X speaks and publishes the statement", "[reports]") {
  const auto fr = run("Le ministère de la Santé a déclaré dans un communiqué que la campagne de vaccination "
                      "serait prolongée.", "fr");
  REQUIRE(fr.analysis.reports.size() == 1);
  CHECK(mentions(fr, fr.analysis.reports[0]) == std::vector<std::string>{"un communiqué"});
  CHECK(publishers(fr, fr.analysis.reports[0]) == std::vector<std::string>{"Le ministère de la Santé"});
  const Quote* q = fr.quote("campagne");
  REQUIRE(q);
  CHECK(fr.speaker(*q) == "Le ministère de la Santé");

  const auto en = run("Greenfield Energy said in a statement that the plant would reopen in May.", "en");
  REQUIRE(en.analysis.reports.size() == 1);
  CHECK(publishers(en, en.analysis.reports[0]) == std::vector<std::string>{"Greenfield Energy"});
  const Quote* e = en.quote("reopen");
  REQUIRE(e);
  CHECK(en.speaker(*e) == "Greenfield Energy");
}

TEST_CASE("reports: 'du communiqué' takes up the statement named before; a statement's words quoted after an adjunct", "[reports][fr]") {
  const auto r = run("Dans son communiqué, le ministère a affirmé que le pays restait libre. Le pays « est attaché à "
                     "la paix », ajoute le texte du communiqué. Le préfet avait exprimé dans une lettre « ses "
                     "regrets les plus sincères ».", "fr");
  REQUIRE(r.analysis.reports.size() == 2);
  CHECK(mentions(r, r.analysis.reports[0]) == std::vector<std::string>{"son communiqué", "du communiqué"});
  CHECK(publishers(r, r.analysis.reports[0]) == std::vector<std::string>{"le ministère"});
  const Quote* q = r.quote("paix");
  REQUIRE(q);
  CHECK(q->speaker == r.analysis.reports[0].id);
  // "exprimer" is a speech act: its quoted object, without the phrase of
  // circumstance before it, is what the prefect said.
  const Quote* e = r.quote("regrets");
  REQUIRE(e);
  CHECK(e->type == QuoteType::Direct);
  CHECK(r.content(*e) == "ses regrets les plus sincères");
  CHECK(r.speaker(*e) == "Le préfet");
}

TEST_CASE("reports: publisher as a complement or before the noun", "[reports]") {
  const auto fr = run("Le rapport de la Cour des comptes relève de graves irrégularités.", "fr");
  REQUIRE(fr.analysis.reports.size() == 1);
  CHECK_THAT(publishers(fr, fr.analysis.reports[0]).at(0), Catch::Contains("Cour des comptes"));
  // The verb after the name is no part of it, though the tagger reads it as an adjective.
  const auto verb_after = run("Le rapport de la Cour des comptes relève des irrégularités.", "fr");
  REQUIRE(verb_after.analysis.reports.size() == 1);
  CHECK(publishers(verb_after, verb_after.analysis.reports[0]) == std::vector<std::string>{"la Cour des comptes"});

  const auto en = run("The Harlow Foundation report found that rents rose by 12 percent.", "en");
  REQUIRE(en.analysis.reports.size() == 1);
  CHECK_THAT(publishers(en, en.analysis.reports[0]).at(0), Catch::Contains("Harlow Foundation"));

  // The verb of saying after the publisher is no part of its name, though
  // the tagger reads it as an adjective ("précise" = precise).
  const auto verb = run("Un communiqué de la préfecture précise que la route restera fermée.", "fr");
  REQUIRE(verb.analysis.reports.size() == 1);
  CHECK(publishers(verb, verb.analysis.reports[0]).at(0) == "la préfecture");
}

TEST_CASE("reports: a headline's bare noun and the report it announces are one", "[reports]") {
  const auto r = run("Rents up sharply, says report\nRents rose by 12 percent last year, according to a report "
                     "released on Monday. The report blames a shortage of new homes.", "en");
  REQUIRE(r.analysis.reports.size() == 1);
  CHECK(mentions(r, r.analysis.reports[0]) == std::vector<std::string>{"report", "a report", "The report"});
}

TEST_CASE("reports: the outlet's own article and an investigation in progress are not cited reports", "[reports]") {
  CHECK(run("Le suspect a été arrêté lundi (lire notre article).", "fr").analysis.reports.empty());
  CHECK(run("Nous sommes dans une enquête et rien n'est exclu, a déclaré le procureur.", "fr").analysis.reports.empty());
}

TEST_CASE("reports: two different documents stay apart", "[reports]") {
  const auto r = run("The council published an audit in March. Separately, the union filed a complaint against "
                     "the mayor for harassment. The audit found no fraud.", "en");
  REQUIRE(r.analysis.reports.size() >= 1);
  const Report& audit = r.analysis.reports.front();
  CHECK(mentions(r, audit) == std::vector<std::string>{"an audit", "The audit"});
  CHECK(opt(r, audit.date) == "in March");
}

TEST_CASE("reports: the publisher of a document that opens the sentence is the speaker after it", "[reports]") {
  const auto f = run("Dans un communiqué publié jeudi, Bois-Corvanne précise que trois parcelles sont touchées.", "fr");
  REQUIRE(f.analysis.reports.size() == 1);
  CHECK(publishers(f, f.analysis.reports.front()) == std::vector<std::string>{"Bois-Corvanne"});
  const auto e = run("In its annual surveillance report, the Harbour Safety Agency said collisions had doubled.", "en");
  REQUIRE(e.analysis.reports.size() == 1);
  CHECK(mentions(e, e.analysis.reports.front()) == std::vector<std::string>{"its annual surveillance report"});
  CHECK(publishers(e, e.analysis.reports.front()) == std::vector<std::string>{"the Harbour Safety Agency"});
}

TEST_CASE("reports: a publisher behind an adjective, a complement or a long participle phrase", "[reports][fr]") {
  const auto a = run("Selon le rapport annuel de Sécurimax, les accidents ont baissé.", "fr");
  REQUIRE(a.analysis.reports.size() == 1);
  CHECK(publishers(a, a.analysis.reports.front()) == std::vector<std::string>{"Sécurimax"});
  const auto b = run("Le juge s'appuie sur le rapport d'expertise comptable remis au parquet en mars 2023 par le "
                     "cabinet Ferrand Conseil. Ce document établit que les fonds ont disparu.", "fr");
  REQUIRE(b.analysis.reports.size() == 1);  // not "Ferrand Conseil" as a second document
  CHECK(publishers(b, b.analysis.reports.front()) == std::vector<std::string>{"Ferrand Conseil"});
  CHECK(mentions(b, b.analysis.reports.front()).size() == 2);
}

TEST_CASE("reports: a titled definite noun takes up the untitled report before it", "[reports][en]") {
  const auto r = run("The charity Riverwatch published a report on Thursday. The 64-page study, titled \"Waters "
                     "Under Strain\", found that nitrate levels had tripled.", "en");
  REQUIRE(r.analysis.reports.size() == 1);
  const Report& rep = r.analysis.reports.front();
  CHECK(mentions(r, rep) == std::vector<std::string>{"a report", "The 64-page study"});
  CHECK(opt(r, rep.title) == "Waters Under Strain");
}

TEST_CASE("reports: a publisher after \"de\" is the whole noun phrase the parse gives", "[reports][fr][syntax]") {
  const auto r = run("Le rapport de l'Agence régionale de l'eau est sévère pour les communes du littoral.", "fr");
  REQUIRE(r.analysis.reports.size() == 1);
  CHECK(publishers(r, r.analysis.reports[0]) == std::vector<std::string>{"l'Agence régionale de l'eau"});
}

TEST_CASE("reports: the document speaks after \"lit-on dans\", \"relate\" and \"reads\"", "[reports][syntax]") {
  const auto lit = run("Le rapport de la Chambre régionale des comptes est sévère. « Les marchés publics ont été "
                       "attribués sans appel d'offres », lit-on dans le document.", "fr");
  REQUIRE(lit.analysis.reports.size() == 1);
  const Quote* q = lit.quote("marchés publics");
  REQUIRE(q);
  CHECK(q->speaker == std::optional<std::string>(lit.analysis.reports[0].id));

  const auto relate = run("Les gardiens ont été menacés à plusieurs reprises, relate l'enquête publiée mardi par "
                          "l'Inspection générale de la justice.", "fr");
  REQUIRE(relate.analysis.reports.size() == 1);
  const Quote* qr = relate.quote("gardiens");
  REQUIRE(qr);
  CHECK(qr->speaker == std::optional<std::string>(relate.analysis.reports[0].id));

  const auto reads = run("The tenants' association filed a lawsuit on Monday. \"The boilers were never repaired,\" "
                         "the lawsuit reads.", "en");
  REQUIRE(reads.analysis.reports.size() == 1);
  const Quote* qe = reads.quote("boilers");
  REQUIRE(qe);
  CHECK(qe->speaker == std::optional<std::string>(reads.analysis.reports[0].id));
}

// --- publishers by the parse ---------------------------------------------------

TEST_CASE("reports: the subject of the verb a statement goes with publishes it, after the verb too", "[reports][fr][syntax]") {
  // Inverted subject: the publisher comes after "dans un communiqué".
  const auto inverted = run("« Les nappes phréatiques sont au plus bas depuis vingt ans », souligne dans un communiqué "
                            "l'Agence régionale de l'eau.", "fr");
  REQUIRE(inverted.analysis.reports.size() == 1);
  CHECK(publishers(inverted, inverted.analysis.reports[0]) == std::vector<std::string>{"l'Agence régionale de l'eau"});

  // No quotation: an infinitive clause after the cue.
  const auto infinitive = run("Le syndicat Sud Rail a annoncé lundi dans un communiqué avoir saisi le tribunal "
                              "administratif.", "fr");
  REQUIRE(infinitive.analysis.reports.size() == 1);
  const auto pubs = publishers(infinitive, infinitive.analysis.reports[0]);
  REQUIRE(pubs.size() == 1);
  CHECK_THAT(pubs[0], Catch::Contains("Sud Rail"));
}

TEST_CASE("reports: the newspaper that quotes an official in its report publishes it, not the official", "[reports][en][syntax]") {
  // (With "a report published on Monday" the tagger takes "published" for a
  // noun and the parse loses the report's verb: a known limit.)
  const auto r = run("In a report on Monday, the Harbor Tribune quoted a senior port official as saying that the "
                     "cranes had failed twice.", "en");
  REQUIRE(r.analysis.reports.size() == 1);
  const auto pubs = publishers(r, r.analysis.reports[0]);
  REQUIRE(pubs.size() == 1);
  CHECK_THAT(pubs[0], Catch::Contains("Harbor Tribune"));
}

TEST_CASE("reports: a subject inside the quotation marks is what is said, not the publisher", "[reports][fr][syntax]") {
  const auto r = run("« Les chiffres publiés par la mairie sont faux », a affirmé la préfète Hélène Marchal dans un "
                     "communiqué.", "fr");
  REQUIRE(r.analysis.reports.size() == 1);
  const auto pubs = publishers(r, r.analysis.reports[0]);
  REQUIRE(pubs.size() == 1);
  CHECK_THAT(pubs[0], Catch::Contains("Marchal"));
}

TEST_CASE("reports: a letter that words are quoted from is a cited document", "[reports][fr][syntax]") {
  // "lettre" alone is no report ("il a reçu une lettre"); words said in it make it one.
  const auto said = run("« Nous ne fermerons pas l'école », a écrit le maire Paul Berthier dans une lettre aux parents.", "fr");
  REQUIRE(said.analysis.reports.size() == 1);
  CHECK(mentions(said, said.analysis.reports[0]) == std::vector<std::string>{"une lettre"});
  const auto received = run("Le maire a reçu une lettre des parents mardi.", "fr");
  CHECK(received.analysis.reports.empty());
}

TEST_CASE("reports: a title after \"titled\" without quotation marks ends where the capitalised words do", "[reports][en]") {
  const auto r = run("The 40-page report titled Rivers at Risk: Nitrates in the Ardmore Valley found that half the "
                     "wells were polluted.", "en");
  REQUIRE(r.analysis.reports.size() == 1);
  CHECK(opt(r, r.analysis.reports[0].title) == "Rivers at Risk: Nitrates in the Ardmore Valley");
}

TEST_CASE("reports: the document speaks after \"peut-on lire dans\" and \"il ressort du rapport que\"", "[reports][fr]") {
  const auto peut = run("« Les marchés ont été attribués sans appel d'offres », peut-on lire dans le rapport de la "
                        "Chambre régionale des comptes.", "fr");
  REQUIRE(peut.analysis.reports.size() == 1);
  const Quote* q = peut.quote("marchés");
  REQUIRE(q);
  CHECK(q->speaker == std::optional<std::string>(peut.analysis.reports[0].id));

  const auto ressort = run("Il ressort du rapport de la Chambre régionale des comptes que les marchés ont été "
                           "attribués sans appel d'offres.", "fr");
  REQUIRE(ressort.analysis.reports.size() == 1);
  const Quote* qr = ressort.quote("marchés");
  REQUIRE(qr);
  CHECK(ressort.content(*qr) == "les marchés ont été attribués sans appel d'offres");
  CHECK(qr->speaker == std::optional<std::string>(ressort.analysis.reports[0].id));
  // Without its impersonal subject the verb reports nothing.
  const auto leaves = run("Le ministre ressort de la réunion que le maire avait organisée.", "fr");
  CHECK(leaves.analysis.quotes.empty());
}

TEST_CASE("reports: 'in its report' names the clause's subject as publisher", "[reports][syntax]") {
  const auto fr = run("Dans leur rapport, les inspecteurs du travail consacrent dix pages au chantier.", "fr");
  REQUIRE(fr.analysis.reports.size() == 1);
  CHECK(publishers(fr, fr.analysis.reports[0]) == std::vector<std::string>{"les inspecteurs du travail"});

  const auto en = run("In its annual report, the Harbour Authority criticises the management of the port.", "en");
  REQUIRE(en.analysis.reports.size() == 1);
  CHECK(publishers(en, en.analysis.reports[0]) == std::vector<std::string>{"the Harbour Authority"});

  // Without the possessive, who only appears in the document did not write it
  // (who does something in it did: the table of one document per sentence).
  const auto none = run("Le directeur du port figure dans un rapport de la Cour des comptes, publié lundi.", "fr");
  REQUIRE(none.analysis.reports.size() == 1);
  CHECK(publishers(none, none.analysis.reports[0]) == std::vector<std::string>{"la Cour des comptes"});
  const auto named = run("Le directeur du port figure dans ce rapport, publié lundi.", "fr");
  for (const auto& rep : named.analysis.reports) CHECK(publishers(named, rep).empty());
}

TEST_CASE("reports: a publishing participle is no part of the publisher's name", "[reports][fr]") {
  const auto r = run("Selon un rapport de l'ONG Transparence Mer publié mardi, les quotas ont été dépassés.", "fr");
  REQUIRE(r.analysis.reports.size() == 1);
  CHECK(publishers(r, r.analysis.reports[0]) == std::vector<std::string>{"Transparence Mer"});
}

TEST_CASE("reports: an institution named by its description publishes ('un communiqué de la préfecture')", "[reports]") {
  const auto fr = run("Selon un communiqué de la préfecture, la route de la corniche restera fermée.", "fr");
  REQUIRE(fr.analysis.reports.size() == 1);
  CHECK(publishers(fr, fr.analysis.reports[0]) == std::vector<std::string>{"la préfecture"});

  // The bare head stands for the one of that head named before.
  const auto again = run("La préfecture du Finistère a pris un arrêté mardi. Selon un communiqué de la préfecture, "
                         "la route restera fermée.", "fr");
  REQUIRE(again.analysis.reports.size() == 1);
  CHECK(publishers(again, again.analysis.reports[0]) == std::vector<std::string>{"La préfecture du Finistère"});

  const auto en = run("The road will stay closed, according to a statement from the county police.", "en");
  REQUIRE(en.analysis.reports.size() == 1);
  CHECK(publishers(en, en.analysis.reports[0]) == std::vector<std::string>{"the county police"});
}

TEST_CASE("reports: the agent of a publishing participle after the noun, whatever it is called", "[reports]") {
  // "released" is a past tense and a participle: the participle is read.
  const auto en = run("The report, released Thursday by the watchdog, found that the port had ignored warnings.", "en");
  CHECK(publishers(en, en.only_report()) == std::vector<std::string>{"the watchdog"});

  const auto fr = run("Le rapport, publié jeudi par la commission d'enquête, pointe de graves manquements.", "fr");
  CHECK(publishers(fr, fr.only_report()) == std::vector<std::string>{"la commission d'enquête"});

  // A deadline is no agent.
  const auto none = run("The report, released by the end of March, will say whether the port ignored warnings.", "en");
  for (const auto& rep : none.analysis.reports) CHECK(publishers(none, rep).empty());
}

TEST_CASE("reports: a \"by\" that hangs from a later noun names no publisher", "[reports][en][syntax]") {
  // The parse misreads "released" as the verb and "detailed" as an
  // adjective; "by the dock police" still hangs from "abuses".
  const auto en = run("The report released last week detailed serious abuses by the dock police.", "en");
  REQUIRE(en.analysis.reports.size() == 1);
  CHECK(publishers(en, en.analysis.reports[0]).empty());
  // The agent after a time adjunct still publishes.
  const auto dated = run("A study published on Tuesday by the University of Marlow found more damage.", "en");
  REQUIRE(dated.analysis.reports.size() == 1);
  CHECK(publishers(dated, dated.analysis.reports[0]) == std::vector<std::string>{"the University of Marlow"});
  // Nor does the agent of another participle after it ("commises par").
  const auto deed = run("Amnesty International dénonce dans un rapport publié mardi des « exécutions sommaires » "
                        "commises par l'armée vestrienne.", "fr");
  REQUIRE(deed.analysis.reports.size() == 1);
  CHECK(publishers(deed, deed.analysis.reports[0]) == std::vector<std::string>{"Amnesty International"});
}

TEST_CASE("reports: a name before its acronym in parentheses publishes the document", "[reports][en]") {
  const auto en = run("The minister dismissed the Harbour Safety Board (HSB) report on Monday.", "en");
  REQUIRE(en.analysis.reports.size() == 1);
  CHECK_THAT(publishers(en, en.analysis.reports[0]).at(0), Catch::Contains("Harbour Safety Board"));
}

TEST_CASE("reports: a news release, an affidavit or a court petition its author speaks in", "[reports]") {
  const auto en = run("In a news release, the harbour board said the fees would rise.", "en");
  REQUIRE(en.analysis.reports.size() == 1);
  CHECK(mentions(en, en.analysis.reports[0]) == std::vector<std::string>{"a news release"});
  CHECK(publishers(en, en.analysis.reports[0]) == std::vector<std::string>{"the harbour board"});
  const auto fr = run("Dans une requête déposée lundi, l'association affirme que le permis de construire a expiré.", "fr");
  REQUIRE(fr.analysis.reports.size() == 1);
  CHECK(publishers(fr, fr.analysis.reports[0]) == std::vector<std::string>{"l'association"});
  // A weak noun that nothing shows to be a cited document is none.
  // (Signing it names its publishers: "The farmers signed a petition" is one.)
  CHECK(run("A petition is going round the harbour.", "en").analysis.reports.empty());
}

TEST_CASE("reports: a name inside the report's title is the report speaking", "[reports][en]") {
  const auto r = run("The 60-page report titled Silent Harbours: Abuses in Northern Vestria claimed guards beat 14 "
                     "inmates.",
                     "en");
  REQUIRE(r.analysis.reports.size() == 1);
  const auto* q = r.quote("guards beat 14 inmates");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(*q->speaker == r.analysis.reports[0].id);
}

TEST_CASE("reports: the journal a study is published in is its publisher, not the month", "[reports]") {
  const auto r = run("Une étude publiée dans la revue Nature montre que le glacier recule.", "fr");
  REQUIRE(r.analysis.reports.size() == 1);
  CHECK(publishers(r, r.analysis.reports[0]) == std::vector<std::string>{"Nature"});
  const auto e = run("A study published in The Lancet found that the drug worked. A report published in March found "
                     "that prices rose.",
                     "en");
  REQUIRE(e.analysis.reports.size() == 2);
  CHECK(publishers(e, e.analysis.reports[0]) == std::vector<std::string>{"The Lancet"});
  CHECK(publishers(e, e.analysis.reports[1]).empty());
}

TEST_CASE("reports: an autopsy or an analysis that says something is a cited document", "[reports]") {
  // The relative pronoun speaks for the document; what the family says ends
  // before it.
  const auto fr = run("La famille assure avoir obtenu une autopsie, laquelle révèle que « la victime a été frappée ».",
                      "fr");
  REQUIRE(fr.analysis.reports.size() == 1);
  CHECK(mentions(fr, fr.analysis.reports[0]) == std::vector<std::string>{"une autopsie"});
  const auto* said = fr.quote("avoir obtenu");
  REQUIRE(said);
  CHECK(fr.content(*said) == "avoir obtenu une autopsie");
  const auto* found = fr.quote("la victime a été frappée");
  REQUIRE(found);
  REQUIRE(found->speaker);
  CHECK(*found->speaker == fr.analysis.reports[0].id);
  const auto en = run("A post-mortem found that the swan had been struck by a boat.", "en");
  REQUIRE(en.analysis.reports.size() == 1);
  CHECK(mentions(en, en.analysis.reports[0]) == std::vector<std::string>{"A post-mortem"});
  // Named but not cited: no report.
  CHECK(run("The family asked for an autopsy.", "en").analysis.reports.empty());
}

TEST_CASE("reports: a named owner in the genitive publishes the document, a role owner does not", "[reports][en]") {
  const auto r = run("Greenwatch's report said the harbour had been dredged without a permit.", "en");
  REQUIRE(r.analysis.reports.size() == 1);
  CHECK(publishers(r, r.analysis.reports[0]) == std::vector<std::string>{"Greenwatch"});
  // "the defendant's motion": no document cited, and no publisher guessed.
  CHECK(run("The defendant's motion was rejected on Monday.", "en").analysis.reports.empty());
}

TEST_CASE("reports: a possessive names the publisher its owner is", "[reports][syntax]") {
  // The owner is the subject of the sentence before, not the place named
  // after it.
  const auto en = run("State Auditor Ruth Kember said Alder County, in northern Wessex, had overspent for years. "
                      "Her audit said the county kept no record of the surplus.", "en");
  REQUIRE(en.analysis.reports.size() == 1);
  CHECK_THAT(publishers(en, en.analysis.reports[0]).at(0), Catch::Contains("Ruth Kember"));
  const Quote* said = en.quote("no record");
  REQUIRE(said);
  CHECK(said->speaker == std::optional<std::string>("R1"));

  const auto fr = run("L'association Terre Vive a dénoncé mardi la pollution du canal. Selon son rapport, "
                      "quarante usines rejettent leurs eaux sans traitement.", "fr");
  REQUIRE(fr.analysis.reports.size() == 1);
  CHECK_THAT(publishers(fr, fr.analysis.reports[0]).at(0), Catch::Contains("Terre Vive"));

  // An owner makes no document cited: identity papers are no report.
  const auto papers = run("Inspector Dale Munro arrested the driver on Friday. He had given false details on his "
                          "documents, the police said.", "en");
  CHECK(papers.analysis.reports.empty());
}

TEST_CASE("reports: 'our report' in a quotation is cited, published by whom its speaker speaks for", "[reports]") {
  const auto fr = run("« Les sanctions figurent dans notre rapport annuel », a indiqué le porte-parole de la Finvest, "
                      "Tobias Lux.", "fr");
  REQUIRE(fr.analysis.reports.size() == 1);
  CHECK(publishers(fr, fr.analysis.reports[0]) == std::vector<std::string>{"Finvest"});

  const auto en = run("\"The cases are listed in our annual report,\" said Tobias Lux, a spokesman for the Harbour "
                      "Authority.", "en");
  REQUIRE(en.analysis.reports.size() == 1);
  CHECK_THAT(publishers(en, en.analysis.reports[0]).at(0), Catch::Contains("Harbour Authority"));

  // The outlet's own article, outside quotation marks, is no cited document.
  const auto own = run("Comme nous l'écrivions dans notre article du 3 mai, le maire de Lorient a démissionné.", "fr");
  CHECK(own.analysis.reports.empty());
}

TEST_CASE("reports: the subject of a verb of saying or acting publishes the document it acts 'in'", "[reports][fr]") {
  // The parse reads "dénonce" as a noun here; the verb list still knows it.
  const auto fr = run("L'ONG Terre Vive dénonce, dans un rapport publié mercredi, la gestion du port.", "fr");
  REQUIRE(fr.analysis.reports.size() == 1);
  CHECK_THAT(publishers(fr, fr.analysis.reports[0]).at(0), Catch::Contains("Terre Vive"));
}

TEST_CASE("reports: an institution's name with 'et' is one publisher, and no document noun inside it is a report",
          "[reports][fr]") {
  const auto fr = run("Dans une étude publiée lundi, l'Institut vestrien de la statistique et des études économiques "
                      "estime que le chômage baisse.", "fr");
  REQUIRE(fr.analysis.reports.size() == 1);
  CHECK(publishers(fr, fr.analysis.reports[0]) ==
        std::vector<std::string>{"l'Institut vestrien de la statistique et des études économiques"});
  // A proper name before "et" ends the name: two parties.
  const auto two = run("L'Institut Pasteur et des chercheurs de l'Inserm ont publié une étude sur le virus.", "fr");
  CHECK(two.entity_named("L'Institut Pasteur"));
}

TEST_CASE("reports: a barometer, a ruling, an inquiry are cited documents", "[reports]") {
  const auto fr = run("Selon le baromètre Ifop publié dimanche, 60 % des Français sont inquiets.", "fr");
  REQUIRE(fr.analysis.reports.size() == 1);
  CHECK(publishers(fr, fr.analysis.reports[0]) == std::vector<std::string>{"Ifop"});
  const auto en = run("In its ruling, the Supreme Court of Wessex said the harbour law was unconstitutional.", "en");
  REQUIRE(en.analysis.reports.size() == 1);
  CHECK_THAT(publishers(en, en.analysis.reports[0]).at(0), Catch::Contains("Supreme Court"));
  const auto inquiry = run("The inquiry found that the port authority had ignored three warnings.", "en");
  REQUIRE(inquiry.analysis.reports.size() == 1);
  const Quote* found = inquiry.quote("ignored");
  REQUIRE(found);
  CHECK(found->speaker == std::optional<std::string>("R1"));
}

TEST_CASE("reports: an outlet's investigation, and 'its' investigation after a passive's agent", "[reports][en]") {
  const auto r = run("A Reuters investigation found that the port company had hidden losses.", "en");
  REQUIRE(r.analysis.reports.size() == 1);
  CHECK(publishers(r, r.analysis.reports[0]) == std::vector<std::string>{"Reuters"});
  const Quote* found = r.quote("hidden losses");
  REQUIRE(found);
  CHECK(found->speaker == std::optional<std::string>("R1"));
  // The possessive refers back to the agent after "by", the doer.
  const auto agent = run("The smear campaign was exposed by Coastal Watch last year in its investigation titled "
                         "Harbour Files.", "en");
  REQUIRE(agent.analysis.reports.size() == 1);
  CHECK(publishers(agent, agent.analysis.reports[0]) == std::vector<std::string>{"Coastal Watch"});
}

TEST_CASE("reports: what a study 'montre' is what it says", "[reports][fr]") {
  const auto r = run("L'étude de l'Observatoire vestrien montre que le risque augmente chez les enfants.", "fr");
  REQUIRE(r.analysis.reports.size() == 1);
  const Quote* q = r.quote("le risque augmente");
  REQUIRE(q);
  CHECK(q->speaker == std::optional<std::string>("R1"));
}

TEST_CASE("reports: 'Dans son rapport, X …' opening a sentence: X publishes, however the verb is tagged", "[reports][fr]") {
  // The tagger reads "épingle" as an adjective here.
  const auto r = run("Dans son rapport annuel, la Cour des comptes épingle la gestion des hôpitaux.", "fr");
  REQUIRE(r.analysis.reports.size() == 1);
  CHECK(publishers(r, r.analysis.reports[0]) == std::vector<std::string>{"la Cour des comptes"});
}

TEST_CASE("reports: a report only talked about in a quotation is not cited, nor does it take up the cited one",
          "[reports][en]") {
  const auto r = run("Police faulted the Coastal Rights Watch report on Monday. \"They should come up with a report in "
                     "the next 30 days,\" the spokesman said. The report released last week detailed abuses by "
                     "officers.", "en");
  REQUIRE(r.analysis.reports.size() == 1);
  CHECK(mentions(r, r.analysis.reports[0]) ==
        std::vector<std::string>{"the Coastal Rights Watch report", "The report"});
  CHECK_THAT(publishers(r, r.analysis.reports[0]).at(0), Catch::Contains("Coastal Rights Watch"));
}

TEST_CASE("reports: the one document of a sentence, its mention and publishers (one sentence per form)", "[reports]") {
  struct Case {
    const char* form;
    const char* lang;
    const char* text;
    const char* mention;  // its first mention, "" when the case does not check it
    std::vector<std::string> publishers;
  };
  const Case cases[] = {
      // Two publishers joined by "et"/"and" both publish.
      {"rapport conjoint de X et de Y", "fr",
       "Le rapport conjoint de Vigie Mer et de Terre Solidaire documente des expulsions forcées.", "",
       {"Vigie Mer", "Terre Solidaire"}},
      // A document that accuses or says is cited, even with no quote of it.
      {"The lawsuit accuses X of", "en", "The lawsuit, filed in federal court, accuses the airline of discrimination.",
       "The lawsuit", {}},
      {"La lettre dénonce X", "fr", "La lettre, signée mardi, dénonce des pressions sur les enseignants.", "La lettre", {}},
      {"Dans un communiqué, X et Y dénoncent", "fr",
       "Dans un communiqué commun, la CGT et la CFDT dénoncent la fermeture du dépôt de Brest.", "un communiqué",
       {"la CGT", "la CFDT"}},
      {"publiée par X et Y", "fr",
       "Selon une étude publiée par l'Institut Cardan et l'université de Norvik, le risque a doublé.", "",
       {"l'Institut Cardan", "l'université de Norvik"}},
      {"a report by X and Y", "en", "A joint report by Harbour Watch and Coastal Rights says that detainees were beaten.",
       "", {"Harbour Watch", "Coastal Rights"}},
      // A publishing participle after the document and its adjectives,
      // whatever noun the parse hangs it on.
      {"les conclusions de l'enquête … menée par X", "fr",
       "D'après les conclusions de l'enquête administrative menée par l'inspection générale, le pilote a commis "
       "une faute.",
       "l'enquête", {"l'inspection générale"}},
      // Verbs of leading or signing a study publish it.
      {"a study led by X", "en", "A study led by the Harbour Institute found that the risk had doubled.", "A study",
       {"the Harbour Institute"}},
      {"carried out by X", "en", "The survey, carried out by Ipsos for the union, shows that most dockers back the strike.",
       "The survey", {"Ipsos"}},
      {"cosignée par X", "fr", "L'étude, cosignée par l'Institut Cardan, paraît dans la revue Nature.", "L'étude",
       {"l'Institut Cardan"}},
      {"pilotée par X", "fr", "Selon une étude pilotée par l'Inserm, le risque a doublé.", "une étude", {"l'Inserm"}},
      // A reflexive verb "in" the document: its subject wrote it (the
      // parse may hang what the verb rests on on the document).
      {"qui s'appuie dans cette enquête sur", "fr",
       "Douze personnes ont été tuées, d'après un décompte de l'ONG Mer Libre, qui s'appuie dans cette enquête sur "
       "des témoignages.",
       "cette enquête", {"Mer Libre"}},
      {"X se penche dans son étude sur", "fr",
       "L'Observatoire des ports se penche dans sa dernière étude sur les saisies de cocaïne.", "", {"L'Observatoire des ports"}},
      // "Dans son rapport, publié lundi, X …": X, past the participle's phrase.
      {"dans son rapport, publié …, X", "fr",
       "Dans son dernier rapport, publié lundi, l'Observatoire des ports constate une hausse des saisies.", "",
       {"l'Observatoire des ports"}},
      {"in its report, released …, X", "en",
       "In its latest report, released on Monday, the watchdog found widespread abuse.", "", {"the watchdog"}},
      // A complaint is published by those who filed it.
      {"la plainte, déposée par X", "fr",
       "La plainte, déposée par trois dockers, accuse la direction du port de harcèlement moral.", "La plainte",
       {"trois dockers"}},
      {"the lawsuit, filed by X", "en",
       "The lawsuit, filed by four former crew members, accuses the ferry operator of wage theft.", "The lawsuit",
       {"four former crew members"}},
      // Two document nouns in a row are one document, headed in English by the last.
      {"rapport d'enquête", "fr",
       "Le rapport d'enquête du Bureau des accidents maritimes pointe une erreur de navigation.", "Le rapport", {}},
      {"an audit report by X", "en", "An audit report by the harbour authority says the quay is unsafe.",
       "An audit report", {"the harbour authority"}},
      // Who does something in the document besides (an object, a second
      // complement) wrote it, whatever its determiner.
      {"dans ce rapport, X recense …", "fr",
       "Dans ce rapport, la Ligue des droits du marin recense quarante expulsions en un an.", "ce rapport",
       {"la Ligue des droits du marin"}},
      {"in this study, X surveyed …", "en",
       "In this study, the Harbour Health Institute surveyed 3,000 dock workers.", "this study",
       {"the Harbour Health Institute"}},
      // The document behind "dans" names its author, however the parse
      // hangs it: on the verb as a subject, or the subject on its participle.
      {"X, dans un rapport rendu public …, critique", "fr",
       "La Cour des comptes, dans un rapport rendu public mercredi, critique la gestion du port de Brévin.",
       "un rapport", {"La Cour des comptes"}},
      {"X, dans un rapport publié …, estime", "fr",
       "L'Unicef, dans un rapport publié lundi, estime que dix millions d'enfants sont menacés.", "un rapport",
       {"L'Unicef"}},
      {"dans un communiqué publié …, X dément", "fr",
       "Dans un communiqué publié mardi soir, le ministère des Armées dément toute implication.", "un communiqué",
       {"le ministère des Armées"}},
      // "published by Indian media": the media, not an adjective of nationality.
      {"reports published by Indian media", "en",
       "The ministry rejected reports published by Indian media which quoted an official as saying that troops had "
       "crossed the border.",
       "reports", {"Indian media"}},
      // The journal a study "paraît" in publishes it.
      {"parue dans la revue X", "fr",
       "L'étude, parue dans la revue Marine Science, montre que les stocks de sardines ont chuté.", "",
       {"Marine Science"}},
      // A publishing participle fronted before the clause whose subject is
      // the document: its agent publishes it.
      {"réalisée par X, cette enquête …", "fr",
       "Réalisée par l'institut Sondmer auprès de 2 000 pêcheurs, cette enquête montre que la moitié songe à quitter "
       "le métier.",
       "cette enquête", {"Sondmer"}},
      {"conducted by X, the survey …", "en",
       "Conducted by the Harbour Research Trust, the survey found that one trawler in three had been fined.",
       "the survey", {"the Harbour Research Trust"}},
      // "qui" after a comma is about the name before it, however the parse
      // hangs its clause.
      {"d'après X, qui … dans son rapport", "fr",
       "Le port a été fermé trois jours, d'après la fédération des armateurs, qui détaille dans son rapport les pertes "
       "de la flottille.",
       "son rapport", {"la fédération des armateurs"}},
      {"selon un décompte de l'ONG X, qui … dans ce rapport", "fr",
       "Au moins quarante chalutiers ont été saisis, selon un décompte de l'ONG Mer Libre, qui recense dans ce rapport "
       "les saisies de l'année.",
       "ce rapport", {"Mer Libre"}},
      // An acronym opening the sentence is a name whatever its tag; the
      // document the parse makes the subject of its own participle is the
      // one the main verb is "in".
      {"X, in a report released …, said", "en",
       "UNICEF, in a report released on Monday, said a million children in the region lacked clean water.", "a report",
       {"UNICEF"}},
      // A legal document taken up after a verb of filing (type=files): its
      // subject filed it.
      {"sued …; according to the lawsuit", "en",
       "The family of a deckhand sued the ferry operator on Monday. According to the lawsuit, the crew reported the "
       "fault six times.",
       "the lawsuit", {"The family"}},
      {"a porté plainte …; selon la plainte", "fr",
       "La famille du matelot a porté plainte lundi contre l'armateur. Selon la plainte, l'équipage avait signalé la "
       "panne à six reprises.",
       "la plainte", {"La famille du matelot"}},
      // An organisation's genitive owns a document that is surely one.
      {"the watchdog's report", "en",
       "The watchdog's annual report, published on Thursday, found that complaints about ferry operators had doubled.",
       "", {"The watchdog"}},
  };
  for_each_form(cases, [](const Case& c, auto& r) {
    REQUIRE(r.analysis.reports.size() == 1);
    if (*c.mention) CHECK(mentions(r, r.analysis.reports[0]).at(0) == c.mention);
    if (!c.publishers.empty()) CHECK(publishers(r, r.analysis.reports[0]) == c.publishers);
  });
}

TEST_CASE("reports: no second publisher inside a name, a complaint still to be filed, a verb's other object",
          "[reports]") {
  // After a determiner, "and" and a bare capitalised run finish one name
  // (whose whole the engine does not yet give: noted, not asserted).
  const auto one = run("According to a report by the Health and Safety Executive, the crane was overloaded.", "en");
  REQUIRE(one.analysis.reports.size() == 1);
  for (const auto& name : publishers(one, one.analysis.reports[0])) CHECK(name != "Safety Executive");
  CHECK(run("Le gouvernement se réserve le droit de déposer une plainte auprès de la justice.", "fr")
            .analysis.reports.empty());
  // The verb's object is the motion, not the audit it calls for.
  const auto motion = run("L'opposition a déposé une motion réclamant un audit indépendant du chantier.", "fr");
  for (const auto& rep : motion.analysis.reports) CHECK(publishers(motion, rep).empty());
  // An organisation's investigation is still under way: no document it publishes.
  const auto probe = run("The watchdog's investigation found that the ferry had been overloaded.", "en");
  for (const auto& rep : probe.analysis.reports) CHECK(publishers(probe, rep).empty());
}

TEST_CASE("reports: 'according to court documents': a bare plural after the marker is a cited document", "[reports][en]") {
  const auto r = run("According to court documents, the skipper had sold the catch twice.", "en");
  REQUIRE(r.analysis.reports.size() == 1);
  CHECK(mentions(r, r.analysis.reports[0]) == std::vector<std::string>{"court documents"});
  REQUIRE(r.analysis.quotes.size() == 1);
  CHECK(r.analysis.quotes[0].speaker == r.analysis.reports[0].id);
  // A bare plural that is no document is no report.
  CHECK(run("According to witnesses, the skipper sold the catch twice.", "en").analysis.reports.empty());
}
