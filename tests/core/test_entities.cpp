// Mentions and entities: names, titles, roles, appositions, coreference.
#include <catch2/catch.hpp>

#include <utility>

#include "test_pipeline_helpers.hpp"

using saywho::EntityKind;
using saywho::MentionKind;
using saywho::testing::for_each_form;
using saywho::testing::run;

namespace {
bool has_mention(const saywho::testing::Result& r, const saywho::Entity& e, std::string_view text) {
  for (const auto& m : e.mentions)
    if (r.slice(m.span) == text) return true;
  return false;
}
}  // namespace

TEST_CASE("a name, its titled form, its role and its pronoun are one entity", "[entities]") {
  auto r = run("Lucie Ferrand, porte-parole du ministère de la Santé, a annoncé une campagne de vaccination.\n"
               "Mme Ferrand a précisé que les pharmacies seraient associées.\n"
               "La porte-parole a ajouté que les stocks étaient suffisants.\n"
               "« Nous sommes prêts », a-t-elle conclu.", "fr");
  const auto* e = r.entity_named("Lucie Ferrand");
  REQUIRE(e);
  CHECK(e->kind == EntityKind::Person);
  CHECK(has_mention(r, *e, "Mme Ferrand"));
  CHECK(has_mention(r, *e, "La porte-parole"));
  CHECK(has_mention(r, *e, "elle"));
  REQUIRE_FALSE(e->descriptions.empty());
  CHECK(e->descriptions.front() == "porte-parole du ministère de la Santé");
  for (const auto& q : r.analysis.quotes) CHECK(r.speaker(q) == "Lucie Ferrand");
}

TEST_CASE("the most complete name names the entity", "[entities]") {
  auto r = run("Dr. Anita Kowalski led the study. Kowalski said the results were clear.", "en");
  const auto* e = r.entity_named("Anita Kowalski");
  REQUIRE(e);
  CHECK(has_mention(r, *e, "Kowalski"));
}

TEST_CASE("a sum of money is no party, nor part of one's name", "[entities][accusations]") {
  for (const char* sum : {"£2m", "$2m", "2 million pounds"}) {
    const auto r = run(std::string("The regulator fined Coastline Ferries ") + sum + " for safety breaches.", "en");
    INFO(sum);
    CHECK(r.accused_in("safety breaches") == "Coastline Ferries");
    for (const auto& e : r.analysis.entities) CHECK(e.name.find('2') == std::string::npos);
  }
  const auto r = run("L'Autorité de la concurrence a infligé une amende de 2 millions d'euros à l'armateur Vestra pour "
                     "entente. France 24 a diffusé l'entretien.",
                     "fr");
  CHECK(r.entity_named("France 24"));
  for (const auto& e : r.analysis.entities) CHECK(e.name.find("millions") == std::string::npos);
}

TEST_CASE("a country after a preposition fused with its article: the name without it", "[entities]") {
  const auto r = run("L'armée est intervenue au Mali et au Niger. La France a salué l'opération.", "fr");
  for (const char* name : {"Mali", "Niger", "La France"}) CHECK(r.kind_of(name) == "country");
}

TEST_CASE("a role behind a prefix of former office is still a person's", "[entities]") {
  const auto fr = run("L'ex-PDG de Vestra Pêche a été mise en examen pour banqueroute.", "fr");
  CHECK(fr.kind_of("L'ex-PDG de Vestra Pêche") == "person");
  CHECK(fr.accused_in("banqueroute") == "L'ex-PDG de Vestra Pêche");
  const auto en = run("The ex-chairman of Coastline Ferries was charged with fraud.", "en");
  CHECK(en.kind_of("The ex-chairman of Coastline Ferries") == "person");
}

TEST_CASE("a head that may stand for any organisation takes up one described otherwise", "[entities]") {
  const auto r = run("Les familles ont porté plainte contre l'armateur Vestra Pêche. « L'armateur savait tout », affirme "
                     "leur avocate. Selon elle, la société a falsifié les certificats.",
                     "fr");
  const auto* e = r.entity_named("Vestra Pêche");
  REQUIRE(e);
  CHECK(has_mention(r, *e, "la société"));
  CHECK(r.accused_in("falsifié") == "Vestra Pêche");
}

TEST_CASE("'the company' takes up a business, 'the charity' a campaign group, neither the police", "[entities]") {
  const auto en = run("\"Officers used excessive force,\" said the police. The activists say the firm falsified its emissions "
                      "data. According to the charity, soldiers beat detainees.",
                      "en");
  CHECK(en.accused_in("falsified") == "the firm");
  const auto* police = en.entity_named("the police");
  REQUIRE(police);
  CHECK_FALSE(has_mention(en, *police, "the firm"));
  CHECK_FALSE(has_mention(en, *police, "the charity"));
  const auto fr = run("« Les agents ont frappé des manifestants », a déclaré le syndicat. Les militants assurent que "
                      "l'entreprise a falsifié ses données. D'après l'ONG, les soldats ont frappé des détenus.",
                      "fr");
  CHECK(fr.accused_in("falsifié") == "l'entreprise");
  CHECK(fr.accuser_in("les soldats ont frappé") == "l'ONG");
  // A business described by its trade is still "the company".
  const auto trade = run("The residents sued the operator, Coastline Ferries. They say the company ignored warnings.", "en");
  const auto* ferries = trade.entity_named("Coastline Ferries");
  REQUIRE(ferries);
  CHECK(has_mention(trade, *ferries, "the company"));
}

TEST_CASE("'that' before a plural is the complementizer, not a determiner", "[entities][en]") {
  const auto r = run("Rights groups said in a report released on Monday that security forces had beaten detainees.", "en");
  CHECK(r.entity_named("security forces"));
  CHECK_FALSE(r.entity_named("that security forces"));
  CHECK(r.kind_of("That official") == "none");
  CHECK(run("That official said the port would stay open.", "en").kind_of("That official") == "person");
}

TEST_CASE("people named by their trade or situation are parties", "[entities][reports]") {
  const auto en = run("Three former pilots sued the airline on Monday. The lawsuit accuses the company of age discrimination.",
                      "en");
  CHECK(en.kind_of("Three former pilots") == "group");
  CHECK(en.accuser_in("age discrimination") == "Three former pilots");  // who filed the lawsuit
  CHECK(en.accused_in("age discrimination") == "the airline");  // the company named before
  const auto fr = run("Le directeur Paul Roux a été entendu. L'infirmière, elle, a porté plainte. Elle accuse la direction "
                      "de harcèlement.",
                      "fr");
  CHECK(fr.accuser_in("harcèlement") == "L'infirmière");
}

TEST_CASE("a role taken up only by a description of the same gender", "[entities][fr]") {
  const auto r = run("« Tout va bien », a dit le maire. La maire a fustigé une décision « incompréhensible ».", "fr");
  CHECK(r.speaker_of("incompréhensible") == "La maire");
}

TEST_CASE("an ampersand joins a firm's name", "[entities][reports]") {
  const auto en = run("An audit by Halloway & Breck found the figures were wrong.", "en");
  CHECK(en.kind_of("Halloway & Breck") == "organization");
  const auto& report = en.only_report();
  REQUIRE(report.publishers.size() == 1);
  CHECK(en.party(report.publishers[0]) == "Halloway & Breck");
  const auto fr = run("Le cabinet Marceau & Associés a rendu son audit mardi.", "fr");
  CHECK(fr.kind_of("Marceau & Associés") == "organization");
}

TEST_CASE("a trade ending a capitalised name makes it a company's", "[entities]") {
  const auto fr = run("Le directeur de Vestra Pêche a été entendu. La pêche au chalut reste autorisée.", "fr");
  CHECK(fr.kind_of("Vestra Pêche") == "organization");
  const auto en = run("Northgate Shipping said the ferry was overloaded.", "en");
  CHECK(en.kind_of("Northgate Shipping") == "organization");
}

TEST_CASE("organisations, countries and capitals", "[entities]") {
  auto r = run("Le ministère russe des Affaires étrangères a dénoncé « une provocation ». "
               "Moscou a ajouté que la Russie ne céderait pas.", "fr");
  const auto* org = r.entity_named("Le ministère russe des Affaires étrangères");
  REQUIRE(org);
  CHECK(org->kind == EntityKind::Organization);
  // The capital stands for its country.
  bool found = false;
  for (const auto& e : r.analysis.entities)
    if (e.kind == EntityKind::Country && has_mention(r, e, "Moscou") && has_mention(r, e, "la Russie")) found = true;
  CHECK(found);
}

TEST_CASE("a name with a word of the organisations list, or opening with an acronym, is an organisation's", "[entities]") {
  const std::pair<const char*, const char*> cases[][2] = {
      {{"en", "Coastal Rights Watch said the harbour guard beat two fishermen."}, {"Coastal Rights Watch", ""}},
      {{"en", "A study in the Wessex Medical Journal found more cases."}, {"the Wessex Medical Journal", ""}},
      // An acronym opening a name makes it no person's.
      {{"en", "The campaign was exposed by EU Factcheck last year."}, {"EU Factcheck", ""}},
      {{"fr", "La Ligue vestrienne des droits humains a dénoncé des arrestations."},
       {"La Ligue vestrienne des droits humains", ""}},
  };
  for (const auto& c : cases) {
    INFO(c[0].second);
    auto r = run(c[0].second, c[0].first);
    const auto* e = r.entity_named(c[1].first);
    REQUIRE(e);
    CHECK(e->kind == EntityKind::Organization);
  }
}

TEST_CASE("acronyms and particles in names", "[entities]") {
  auto r = run("The World Health Organization (WHO) said on Monday that cases were falling. "
               "Ludwig van Berg, a WHO expert, said: \"It is too early to relax.\"", "en");
  const auto* who = r.entity_named("The World Health Organization");
  REQUIRE(who);
  CHECK(who->kind == EntityKind::Organization);
  CHECK(has_mention(r, *who, "WHO"));
  const auto* q = r.quote("too early");
  REQUIRE(q);
  CHECK(r.speaker(*q) == "Ludwig van Berg");
}

TEST_CASE("a name followed by its acronym is an organisation's", "[entities]") {
  // Three capitalised words read like a person's name; the acronym says otherwise.
  auto r = run("Rivières Vives Garonne (RVG) a déposé plainte lundi. RVG demande une enquête.", "fr");
  const auto* org = r.entity_named("Rivières Vives Garonne");
  REQUIRE(org);
  CHECK(org->kind == EntityKind::Organization);
  CHECK(has_mention(r, *org, "RVG"));
  // A party in parentheses after a person's name is no acronym of it.
  auto p = run("Jean-Marc Vidal (LRD) a dénoncé le projet.", "fr");
  const auto* vidal = p.entity_named("Jean-Marc Vidal");
  REQUIRE(vidal);
  CHECK(vidal->kind == EntityKind::Person);
  // Lower-case words before the acronym belong to the name, however tagged.
  auto agency = run("Le coureur a été contrôlé positif, a annoncé l’Agence nationale antidopage (ANAD).", "fr");
  const auto* anad = agency.entity_named("l’Agence nationale antidopage");
  REQUIRE(anad);
  CHECK(has_mention(agency, *anad, "ANAD"));
}

TEST_CASE("groups of people", "[entities]") {
  auto r = run("Les enquêteurs estiment que l'incendie était criminel.", "fr");
  const auto* q = r.quote("incendie");
  REQUIRE(q);
  CHECK(r.speaker(*q) == "Les enquêteurs");
  const auto* e = r.entity_named("Les enquêteurs");
  REQUIRE(e);
  CHECK(e->kind == EntityKind::Group);
}

TEST_CASE("two people with the same role stay apart when named", "[entities]") {
  auto r = run("Le ministre de l'Intérieur, Jean Ardent, a rencontré son homologue, le ministre belge Marc Dumont.", "fr");
  CHECK(r.entity_named("Jean Ardent"));
  CHECK(r.entity_named("Marc Dumont"));
}

TEST_CASE("a sentence-initial pronoun or verb is no name, by the parse", "[entities][syntax]") {
  // "We're" and "Provided" are capitalised only because they open the sentence.
  auto r = run("We're not closing the depot, the mayor said. Provided the loan arrives, the plant will reopen, "
               "said Ines Carvalho.",
               "en");
  CHECK_FALSE(r.entity_named("We're"));
  CHECK_FALSE(r.entity_named("Provided"));
  const auto* q = r.quote("depot");
  REQUIRE(q);
  CHECK(r.speaker(*q) == "the mayor");
  const auto* q2 = r.quote("plant");
  REQUIRE(q2);
  CHECK(r.speaker(*q2) == "Ines Carvalho");
}

TEST_CASE("a name opening a sentence is still a name", "[entities][syntax]") {
  auto r = run("Ines Carvalho chairs the board. Carvalho said the plant would reopen.", "en");
  const auto* q = r.quote("plant");
  REQUIRE(q);
  CHECK(r.speaker(*q) == "Ines Carvalho");
}

TEST_CASE("an English genitive is no part of the name it follows", "[entities][en]") {
  auto r = run("Harwick's council rejected Dalmore's offer. Dalmore said the offer stood.", "en");
  const auto* dalmore = r.entity_named("Dalmore");
  REQUIRE(dalmore);
  CHECK(has_mention(r, *dalmore, "Dalmore"));
  CHECK(r.entity_named("Dalmore's") == nullptr);
  CHECK(r.entity_named("Harwick's") == nullptr);
}

TEST_CASE("a name behind an article runs over the adjective the parse hangs on it", "[entities][syntax]") {
  auto r = run("La Mutuelle bretonne a affirmé que les tarifs baisseraient.", "fr");
  CHECK(r.entity_named("La Mutuelle bretonne") != nullptr);
  CHECK(r.entity_named("La Mutuelle") == nullptr);
  // A person's name takes no adjective after it.
  auto p = run("Emmanuel Macron satisfait a déclaré que tout allait bien.", "fr");
  CHECK(p.entity_named("Emmanuel Macron") != nullptr);
}

TEST_CASE("only an article belongs to the name after it", "[entities][syntax]") {
  // Not a preposition fused with its article, nor "that" opening a clause.
  auto f = run("Une source au Kremlin a confirmé que les troupes partaient.", "fr");
  CHECK(f.entity_named("Kremlin") != nullptr);
  CHECK(f.entity_named("au Kremlin") == nullptr);
  auto e = run("Prosecutors say that Hale left the country in May.", "en");
  CHECK(e.entity_named("Hale") != nullptr);
  CHECK(e.entity_named("that Hale") == nullptr);
  // The article of a name stays with it.
  auto a = run("The Associated Press reported that the plant had closed.", "en");
  CHECK(a.entity_named("The Associated Press") != nullptr);
}

TEST_CASE("a French name's adjective agrees with the plural before it", "[entities][fr][syntax]") {
  // "publie" after "inégalités" is the verb, whatever the tagger says.
  auto r = run("L'Observatoire des inégalités publie ce jeudi son rapport sur la pauvreté.", "fr");
  CHECK(r.entity_named("L'Observatoire des inégalités") != nullptr);
  CHECK(r.entity_named("L'Observatoire des inégalités publie") == nullptr);
  auto a = run("Le ministère des Affaires étrangères a déclaré que la visite était annulée.", "fr");
  CHECK(a.entity_named("Le ministère des Affaires étrangères") != nullptr);
}

TEST_CASE("French organisation names with lower-case words", "[entities][fr][syntax]") {
  auto r = run("Santé publique France a annoncé que douze cas avaient été détectés. Le Jury d'éthique "
               "publicitaire a estimé que la publicité était trompeuse.", "fr");
  CHECK(r.entity_named("Santé publique France") != nullptr);
  CHECK(r.entity_named("Santé") == nullptr);
  CHECK(r.entity_named("Le Jury d'éthique publicitaire") != nullptr);
}

TEST_CASE("an organisation's whole name: a name after its word, adjectives before its tail, 'sans'/'without'",
          "[entities][syntax]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* whole;  // the entity's name
    const char* cut;    // a part of it that must name no entity
  };
  const Case cases[] = {
      // An organisation word in capitals before a name of its own.
      {"fr", "Selon une étude de l'Institut Montclair, les loyers ont doublé.", "Institut Montclair", "Montclair"},
      // Adjectives between the word and its lower-case tail, alone or inside a description.
      {"fr", "L'Agence européenne pour la mer a publié lundi ses chiffres.", "L'Agence européenne pour la mer",
       "L'Agence européenne"},
      {"fr", "Selon le rapport de l'Agence européenne pour la mer, les prises ont baissé.",
       "Agence européenne pour la mer", "Agence européenne"},
      // One capitalised word, "sans"/"without" and a noun: one name, even after a role word.
      {"fr", "Le rapport annuel d'Avocats sans frontières, publié mardi, dénonce des procès expéditifs.",
       "Avocats sans frontières", "Avocats"},
      {"fr", "Marins sans frontières a publié un rapport accablant.", "Marins sans frontières", "Marins"},
      {"en", "A report by Lawyers Without Borders says the trials were rushed.", "Lawyers Without Borders", "Lawyers"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const auto r = run(c.text, c.lang);
    const saywho::Entity* e = r.entity_named(c.whole);
    CHECK(r.entity_named(c.cut) == nullptr);
    if (!e) {
      FAIL_CHECK("no entity named " << c.whole);
      continue;
    }
    CHECK(e->kind == saywho::EntityKind::Organization);
  }
}

TEST_CASE("an English plural genitive inside a description", "[entities][en]") {
  auto r = run("The dockers' union said the managers had lied. A patients’ group said nothing.", "en");
  const auto* q = r.quote("managers");
  REQUIRE(q);
  CHECK(r.speaker(*q) == "The dockers' union");
  CHECK(r.entity_named("A patients’ group") != nullptr);
}

TEST_CASE("a capitalised organisation word inside a longer name, and its acronym before the cue", "[entities][attribution]") {
  auto r = run("The officer faces an inquiry for misconduct, the Independent Harbour Police Complaints Board (IHPCB) "
               "has confirmed. L'Agence France-Presse a appris la nouvelle.", "en");
  CHECK(r.entity_named("the Independent Harbour Police Complaints Board") != nullptr);
  CHECK(r.entity_named("the Independent Harbour Police") == nullptr);
  const auto* q = r.quote("officer faces");
  REQUIRE(q);
  CHECK(r.speaker(*q) == "the Independent Harbour Police Complaints Board");
  auto f = run("L'Agence France-Presse a appris que le ministre démissionnait. L'agence PAP a rapporté la même "
               "chose.", "fr");
  CHECK(f.entity_named("L'Agence France-Presse") != nullptr);
  CHECK(f.entity_named("PAP") != nullptr);
}

TEST_CASE("a French description runs over 'du' + a noun in -er, not over 'de' + an infinitive", "[entities][fr]") {
  auto r = run("Selon une source proche du dossier, le suspect a été interpellé. Le porte-parole du "
               "gouvernement accuse le syndicat de vouloir bloquer le pays.", "fr");
  CHECK(r.entity_named("une source proche du dossier") != nullptr);
  CHECK(r.entity_named("le syndicat de vouloir") == nullptr);
}

TEST_CASE("whom an English role acts for belongs to its description", "[entities][en]") {
  auto r = run("\"We did nothing wrong,\" said a spokeswoman for the company. The mayor for years said nothing.", "en");
  const auto* q = r.quote("nothing wrong");
  REQUIRE(q);
  CHECK(r.speaker(*q) == "a spokeswoman for the company");
  CHECK(r.entity_named("The mayor for years") == nullptr);
  // After a verb that is no verb of saying, "for" names a charge.
  auto b = run("The council blamed the harbour master for the delays.", "en");
  CHECK(b.entity_named("the harbour master") != nullptr);
  // Where a role works, when a name says it; not a place or a time.
  auto at = run("A study by researchers at Velsborg University Hospital found that resistance had doubled. Police "
                "arrested two men at Heathrow at the weekend.",
                "en");
  CHECK(at.kind_of("researchers at Velsborg University Hospital") == "group");
  CHECK(at.kind_of("two men") == "group");
}

TEST_CASE("relatives speak, and 'one of' a group belongs to the description", "[entities]") {
  auto r = run("La mère de la victime a dit que « personne ne l'a aidée ». L'avocat de l'un des prévenus a plaidé "
               "la relaxe. « Mon client n'a rien vu », a-t-il conclu.", "fr");
  const auto* mother = r.quote("personne");
  REQUIRE(mother);
  CHECK(r.speaker(*mother) == "La mère de la victime");
  const auto* lawyer = r.quote("rien vu");
  REQUIRE(lawyer);
  CHECK(r.speaker(*lawyer) == "L'avocat de l'un des prévenus");

  auto e = run("The brother of one of the dockers said the crane \"was never inspected\".", "en");
  const auto* q = e.quote("inspected");
  REQUIRE(q);
  CHECK(e.speaker(*q) == "The brother of one of the dockers");
}

TEST_CASE("a capitalised word after an organisation's lower-case head starts its name", "[entities]") {
  // "Parents" is a group noun too: it does not make the association a group.
  auto r = run("L'association Parents vigilants va plus loin. L'association a porté plainte mardi contre le "
               "laboratoire Nuitéa pour pratique commerciale trompeuse.", "fr");
  const auto* a = r.entity_named("Parents vigilants");
  REQUIRE(a);
  CHECK(a->kind == EntityKind::Organization);
  CHECK(has_mention(r, *a, "L'association"));
}

TEST_CASE("a verb the tagger misreads after a sentence's subject is no part of it", "[entities][fr][syntax]") {
  const auto r = run("Une association porte plainte contre la mairie. Le syndicat compte, dès lundi, saisir la justice.",
                     "fr");
  CHECK(r.entity_named("Une association"));
  CHECK(r.entity_named("Le syndicat"));
}

TEST_CASE("a dateline and a common word opening a sentence name nobody", "[entities][en]") {
  const auto r = run("Strike at the port\n\nDOVER, England (Reuters) - Dock workers extended their strike on Monday. "
                     "The union said it would go on.",
                     "en");
  for (const char* none : {"DOVER", "England", "Reuters", "Dock"}) CHECK_FALSE(r.entity_named(none));
  // "The union" is its own party, not merged with a dateline's place.
  CHECK(r.entity_named("The union"));
}

TEST_CASE("'of' inside an organisation's or a place's name, not after a person's", "[entities][en]") {
  const auto r = run("Dock workers at the Port of Dover extended their strike. M. Omar Haddad of Harbour Party filed a "
                     "petition.",
                     "en");
  const saywho::Entity* port = r.entity_named("the Port of Dover");
  REQUIRE(port);
  CHECK(port->kind == EntityKind::Organization);
  CHECK(r.entity_named("M. Omar Haddad"));
}

TEST_CASE("which mentions name one party (one text per form)", "[entities][attribution]") {
  struct Case {
    const char* form;
    const char* lang;
    const char* text;
    const char* entity;   // the entity's name
    const char* mention;  // a mention that is (or is not) one of its own
    bool joins;
  };
  const Case cases[] = {
      // A short name in the same order is the same one; in another order,
      // or through a short one ("Port"), it is not.
      {"surname after the full name", "en", "The port's owner, Lena Haldane Roux, said little. Ms Roux said more.",
       "Lena Haldane Roux", "Ms Roux", true},
      {"same words, other order", "en",
       "Port strike enters second week\n\nWorkers at the Port of Haldane stayed out. The Haldane Port Authority said "
       "it had made an offer.",
       "the Port of Haldane", "The Haldane Port Authority", false},
      // "the union" takes up no organisation whose name says another kind.
      {"generic word, other kind", "en",
       "Workers at the Port of Haldane walked out after talks between the union and employers failed.",
       "the Port of Haldane", "the union", false},
      // "the company" is not the organisation that is its own clause's
      // subject, but the one named before.
      {"generic word after its clause's subject", "en",
       "Norvik Shipping Ltd agreed to pay a fine after the Harbour Safety Bureau accused the company of hiding test "
       "results.",
       "Norvik Shipping Ltd", "the company", true},
      {"generic word, not its clause's subject", "en",
       "Norvik Shipping Ltd agreed to pay a fine after the Harbour Safety Bureau accused the company of hiding test "
       "results.",
       "the Harbour Safety Bureau", "the company", false},
      // A person announced by role, then named with that role: one person.
      {"role announced, then named", "en",
       "The army has shelled our positions, charged the rebel spokesman. Ten civilians were killed, said rebel "
       "spokesman Tomas Brenner on Saturday.",
       "Tomas Brenner", "the rebel spokesman", true},
      {"rôle annoncé, puis nommé", "fr",
       "L'armée a bombardé nos positions, affirme le porte-parole des rebelles. Dix civils ont été tués, a précisé "
       "le porte-parole Tomas Brenner samedi.",
       "Tomas Brenner", "le porte-parole des rebelles", true},
      // The same link after "et" continues the complement; another names a
      // second party.
      {"forces de défense et de sécurité", "fr",
       "Selon l'ONG, « les forces de défense et de sécurité ont tiré sur la foule ».",
       "les forces de défense et de sécurité", "les forces de défense et de sécurité", true},
      {"ministère de X et des syndicats", "fr",
       "Le ministère de la Santé et des syndicats ont signé un accord, selon le maire.", "Le ministère de la Santé",
       "des syndicats", false},
      // A kind of organisation in capitals, then its name: one party.
      {"l'ONG + name", "fr", "L'ONG Terre Vive a dénoncé la pêche illégale au large de Norvik.", "Terre Vive",
       "L'ONG Terre Vive", true},
      {"the NGO + name", "en", "The NGO Coastal Watch accused the firm of bribery.", "Coastal Watch",
       "The NGO Coastal Watch", true},
      // A word of where it is based leaves the description bare.
      {"the London-based organization", "en",
       "Coastal Rights Watch said on Monday that guards beat two fishermen. The London-based organization called "
       "for an inquiry.",
       "Coastal Rights Watch", "The London-based organization", true},
      // A role ending in such a tail, then a name: one person.
      {"secrétaire d'État + name", "fr", "Le secrétaire d'État Theo Lambert a menti, selon Kristof Calvo.",
       "Theo Lambert", "Le secrétaire d'État Theo Lambert", true},
      // A subject pronoun, then an object pronoun before the verb.
      {"Elle le juge", "fr",
       "La fédération demande la démission du président. Elle le juge « seul responsable » de la faillite.",
       "La fédération", "Elle", true},
      // A definite role after a named speaker's quote is that speaker, unless
      // another role describes them or something qualifies the role.
      {"bare role after a quote", "fr", "« Nous partirons », a déclaré Paul Roux. « Rien ne change », a ajouté le directeur.",
       "Paul Roux", "le directeur", true},
      {"another role, a qualifier", "fr",
       "Son directeur général, Rafael Osti, a appelé à « la retenue ».\n\nLe président vestrien a dénoncé « la terreur ».",
       "Rafael Osti", "Le président vestrien", false},
  };
  for_each_form(cases, [](const Case& c, auto& r) {
    const saywho::Entity* e = r.entity_named(c.entity);
    REQUIRE(e);
    CHECK(has_mention(r, *e, c.mention) == c.joins);
  });
}

TEST_CASE("words that name no party of their own (one text per form)", "[entities]") {
  struct Case {
    const char* form;
    const char* lang;
    const char* text;
    const char* none;   // no entity of this name
    const char* whole;  // the entity it belongs to, "" when none
  };
  const Case cases[] = {
      {"function word opening a quotation", "fr", "« Si rien ne bouge, nous bloquerons le port », prévient Marc Le Goff.",
       "Si", ""},
      {"pronoun fused with its verb", "en", "\"If this goes on, I'll close,\" said Tom Ellis.", "I'll", ""},
      {"object pronoun and verb", "fr",
       "La fédération demande la démission du président. Elle le juge « seul responsable » de la faillite.", "le juge",
       ""},
      // A name that completes an organisation word belongs to its name.
      {"'for' in a name", "en", "The Institute for Harbour Studies said the fees would rise.", "Harbour Studies",
       "The Institute for Harbour Studies"},
      {"'of' in a name", "en", "According to the Chamber of Commerce, the strike costs the port £4m a day.", "Commerce",
       "the Chamber of Commerce"},
      {"'de la' in a name", "fr", "Le ministère de la Santé a confirmé trois cas.", "Santé", "Le ministère de la Santé"},
      // "pour" and a phrase in lower case after an organisation's name.
      {"'pour le …' in a name", "fr", "Le Haut Conseil pour le climat a publié son rapport.", "Le Haut Conseil",
       "Le Haut Conseil pour le climat"},
      {"'pour la … des …' in a name", "fr", "Selon la Ligue pour la défense des marins, le port ferme.", "la Ligue",
       "la Ligue pour la défense des marins"},
      // So inside a description, after "du" or "de la".
      {"'du … pour le …' in a description", "fr", "Le rapport du Haut Conseil pour le littoral pointe des retards.",
       "Haut Conseil", "Haut Conseil pour le littoral"},
      {"'de la … pour la …' after 'selon un rapport'", "fr",
       "Selon un rapport de la Fondation pour la sécurité maritime, les naufrages ont baissé.", "Fondation",
       "Fondation pour la sécurité maritime"},
      // A participle after a name, then the verb or a comma: part of the name.
      {"name + participle + verb", "fr",
       "Le Phare déchaîné affirme, dans son édition de mercredi, que le contrat du port a été truqué.", "Le Phare",
       "Le Phare déchaîné"},
      {"selon + name + participle", "fr", "Selon le Phare déchaîné, le contrat du port a été truqué.", "le Phare",
       "le Phare déchaîné"},
      // "plusieurs" stands for people alone, not before a noun that names none.
      {"'plusieurs' + noun", "fr", "Le rapport avance plusieurs hypothèses sur le naufrage, a déclaré Marc Olier.",
       "plusieurs hypothèses", "Marc Olier"},
      {"'pour' after a verb", "fr", "Le Conseil portuaire a voté pour la fermeture.", "Le Conseil portuaire pour",
       "Le Conseil portuaire"},
      {"adjective before 'des'", "fr", "Le ministère vestrien des Affaires étrangères a réagi.", "Affaires",
       "Le ministère vestrien des Affaires étrangères"},
      // Members named in a plural genitive.
      {"plural genitive", "en", "The Haldane Dockers' Union said it would strike.", "Haldane Dockers",
       "The Haldane Dockers' Union"},
      // A place of land or sea names no party, nor the country in its name.
      {"sea", "en", "Vestrian patrol boats entered the North Vestria Sea on Monday.", "the North Vestria Sea", ""},
      {"country inside a sea's name", "en",
       "Ostra condemned Vestria's manoeuvres in the North Vestria Sea, Anna Brisk said.", "the North Vestria Sea",
       "Vestria"},
      {"mer + nom", "fr", "« Nos chalutiers ont quitté la mer Rouge », a déclaré Marc Olier.", "Rouge", ""},
      // A role word that is also a finite verb, its object after it, is the verb.
      {"juge + objet", "fr", "Le ministre juge les efforts du port insuffisants.", "Le ministre juge", "Le ministre"},
      {"nom + juge + objet", "fr", "Le conseil du port juge les efforts insuffisants.", "le port juge", ""},
      // A word that makes a capitalised name an organisation's is no
      // organisation in lower case.
      {"mouvement de grève", "fr", "Le mouvement de grève se poursuit à Brest, a indiqué le syndicat.",
       "Le mouvement de grève", "le syndicat"},
      {"neighbourhood watch", "en", "The neighbourhood watch saw nothing, the mayor said.", "The neighbourhood watch",
       "the mayor"},
      // "that" after a verb of saying (and a day) opens its clause.
      {"said Thursday that", "en", "Coastal Rights Watch said Thursday that troops burned two villages.",
       "that troops", "troops"},
      {"the London-based", "en", "The London-based organization called for an inquiry.", "London-based", ""},
      // A lone capitalised word opening a sentence that the text writes in
      // lower case elsewhere is a common word.
      {"common word opening a sentence", "en",
       "Police carried out mass arrests in Norvik. Arrests based on little evidence have filled the jails, Amnesty "
       "said.",
       "Arrests", ""},
      // "at least", "au moins" before a number are no part of the group.
      {"at least", "en", "According to Amnesty, troops killed at least 40 protesters.", "least 40 protesters",
       "40 protesters"},
      {"au moins", "fr", "Selon Amnesty, les soldats ont tué au moins 40 manifestants.", "moins 40 manifestants",
       "40 manifestants"},
      // A noun of the reports lexicon heads a document, no party (one list
      // for both stages: "press release" was missing from the mentions').
      {"press release", "en", "The press release said the plant would close in May.", "The press release", ""},
      {"bilan", "fr", "Selon le dernier bilan, douze personnes sont mortes, a indiqué la préfecture.",
       "le dernier bilan", "la préfecture"},
      // A description does not run back over a preposition to the noun before it.
      {"noun, preposition, organisation word", "en",
       "The inspector said the relationship between police and the public had improved.",
       "the relationship between police", ""},
      // The capitalised tail of a compound noun names nobody.
      {"coup d'État", "fr", "L'appel au coup d'État a été condamné par Madeleine Berre.", "État", ""},
      {"chef d'État", "fr", "Le chef d'État a démenti toute ingérence.", "État", "Le chef d'État"},
  };
  for_each_form(cases, [](const Case& c, auto& r) {
    CHECK_FALSE(r.entity_named(c.none));
    if (*c.whole) CHECK(r.entity_named(c.whole));
  });
}

TEST_CASE("an article's parties: a family, a company by its trade, one name read twice", "[entities][accusations]") {
  // A headline whose first word the text writes in lower case elsewhere
  // names no person; "la famille de …" is a party; "l'armateur X" makes X
  // an organisation, and the same name after "le directeur d'" is that one.
  auto r = run("Naufrage du Kerlan : la famille d'un marin porte plainte\n\n"
               "La famille de Yann Morvan, l'un des trois marins disparus lors du naufrage du chalutier Kerlan en "
               "janvier, a déposé plainte lundi contre l'armateur Armor Pêche pour homicide involontaire.\n\n"
               "Le directeur d'Armor Pêche, Loïc Tanguy, rejette ces accusations.", "fr");
  CHECK(r.entity_named("Naufrage du Kerlan") == nullptr);
  const auto* company = r.entity_named("Armor Pêche");
  REQUIRE(company);
  CHECK(company->kind == EntityKind::Organization);
  CHECK(has_mention(r, *company, "l'armateur Armor Pêche"));
  CHECK(has_mention(r, *company, "Armor Pêche"));
  int companies = 0;
  for (const auto& e : r.analysis.entities) companies += e.name == "Armor Pêche" ? 1 : 0;
  CHECK(companies == 1);
  // The headline's "porte plainte" ends its sentence: it takes no charge
  // from the next one.
  CHECK(r.analysis.accusations.size() == 1);
  const auto* plainte = r.accusation("homicide involontaire");
  REQUIRE(plainte);
  CHECK(r.slice(*plainte->cue) == "a déposé plainte");
  CHECK(r.party(plainte->accuser) == "La famille de Yann Morvan");
  CHECK(plainte->accused == company->id);
}

TEST_CASE("an organisation after its kind, the company, and a union that is no other body", "[entities][accusations]") {
  // "the operator, Coastline Ferries,": one organisation, which "The
  // company" takes up; "the union" is not the investigation branch named
  // last (a name with an organisation word of its own), though "the
  // company" may be any company.
  auto r = run("The family of a deckhand has sued the operator, Coastline Ferries, for negligence.\n\n"
               "\"The company knew the ramp was faulty,\" said Rachel Adeyemi, who represents the family.\n\n"
               "A report by the Marine Accident Investigation Branch found that records had been falsified.\n\n"
               "Chief executive Mark Doyle accused the union of \"spreading lies\".", "en");
  CHECK(r.kind_of("Coastline Ferries") == "organization");
  const auto* company = r.entity_named("Coastline Ferries");
  REQUIRE(company);
  CHECK(has_mention(r, *company, "the operator"));
  CHECK(has_mention(r, *company, "The company"));
  CHECK(r.kind_of("the Marine Accident Investigation Branch") == "organization");
  const auto* branch = r.entity_named("the Marine Accident Investigation Branch");
  REQUIRE(branch);
  CHECK_FALSE(has_mention(r, *branch, "the union"));
  CHECK(r.accused_in("negligence") == "Coastline Ferries");
}

TEST_CASE("a role before an organisation's acronym, and workers as a party", "[entities][attribution]") {
  // "délégué CGT": the person's role and the union, no person named "CGT";
  // "Selon lui" then goes to the delegate. "Les dockers" are a party that
  // "Ils" takes up.
  auto r = run("Les dockers du port ont entamé mardi une grève. Ils accusent la direction de « mépriser » leurs "
               "revendications.\n\n« Rien ne vient », déplore Karim Haddad, délégué CGT. Selon lui, la direction a "
               "versé deux millions d'euros de dividendes.", "fr");
  const auto* haddad = r.entity_named("Karim Haddad");
  REQUIRE(haddad);
  CHECK(has_mention(r, *haddad, "délégué CGT"));
  CHECK(has_mention(r, *haddad, "lui"));
  const auto* cgt = r.entity_named("CGT");
  REQUIRE(cgt);
  CHECK(cgt->kind == EntityKind::Organization);
  const auto* dockers = r.entity_named("Les dockers du port");
  REQUIRE(dockers);
  CHECK(has_mention(r, *dockers, "Ils"));
  for (const auto& q : r.analysis.quotes) {
    REQUIRE(q.speaker);
    if (r.slice(q.content).find("dividendes") != std::string_view::npos) CHECK(r.speaker(q) == "Karim Haddad");
    if (r.slice(q.content).find("mépriser") != std::string_view::npos) CHECK(r.speaker(q) == "Les dockers du port");
  }
}

TEST_CASE("a newspaper's word names an organisation only inside a capitalised name", "[entities]") {
  // "six times" is no "Times": no organisation "the fault six times".
  auto r = run("The crew noted the fault six times. The Harbour Times reported that the quay was unsafe.", "en");
  CHECK(r.entity_named("the fault six times") == nullptr);
  const auto* paper = r.entity_named("The Harbour Times");
  REQUIRE(paper);
  CHECK(paper->kind == EntityKind::Organization);
}

TEST_CASE("a party word that only modifies a thing names no party; councillors accuse", "[entities][accusations]") {
  // "the council budget", "her own bank account" are things; "opposition
  // councillors" are the agent of the passive accusation.
  auto r = run("The mayor of Norvik, Helen Carter, has been accused by opposition councillors of using council funds "
               "to pay for a private trip.\n\n\"She treated the council budget like her own bank account,\" said Tom "
               "Baker.", "en");
  CHECK(r.entity_named("the council budget") == nullptr);
  CHECK(r.entity_named("her own bank account") == nullptr);
  const auto* a = r.accusation("council funds");
  REQUIRE(a);
  CHECK(r.party(a->accuser) == "opposition councillors");
  CHECK(r.party(a->accused) == "Helen Carter");
}
