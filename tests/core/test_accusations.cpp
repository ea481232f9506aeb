// Stage "accusations" through the public API, on our own news-style texts:
// what a reader checks — the charge words, who accuses, who is accused,
// the cue — for each form, in French and English.
#include <catch2/catch.hpp>

#include <string>
#include <tuple>
#include <utility>

#include "test_pipeline_helpers.hpp"

using namespace saywho;
using saywho::testing::Result;
using saywho::testing::for_each_form;
using saywho::testing::run;

namespace {

std::string charge(const Result& r, const Accusation& a) { return r.slice(a.charge); }
std::string cue(const Result& r, const Accusation& a) { return a.cue ? r.slice(*a.cue) : ""; }

}  // namespace

TEST_CASE("accusations: French active verb 'accuser X de Z'", "[accusations][fr]") {
  const auto r = run("Le maire de Valbonne, Paul Arnaud, accuse la société Hydrel d'avoir pollué la rivière "
                     "pendant dix ans.", "fr");
  const Accusation* a = r.accusation("pollué");
  REQUIRE(a);
  CHECK(a->kind == AccusationKind::Explicit);
  CHECK(charge(r, *a) == "avoir pollué la rivière pendant dix ans");
  CHECK(cue(r, *a) == "accuse");
  CHECK(r.party(a->accuser) == "Paul Arnaud");
  CHECK_THAT(r.party(a->accused), Catch::Contains("Hydrel"));
}

TEST_CASE("accusations: 'reprocher à X Z', the object is the charge", "[accusations][fr]") {
  const auto r = run("Les syndicats de dockers reprochent à la direction du port son manque de transparence.", "fr");
  const Accusation* a = r.accusation("manque");
  REQUIRE(a);
  CHECK(charge(r, *a) == "son manque de transparence");
  CHECK_THAT(r.party(a->accused), Catch::Contains("direction du port"));
  CHECK_THAT(r.party(a->accuser), Catch::Contains("syndicats"));
  // With "de" and an infinitive, the charge follows it as before.
  const auto inf = run("Les syndicats reprochent à la direction de cacher les comptes.", "fr");
  const Accusation* b = inf.accusation("cacher");
  REQUIRE(b);
  CHECK(charge(inf, *b) == "cacher les comptes");
}

TEST_CASE("accusations: a noun's charge stops before 'contre' / 'against', whose phrase is the accused", "[accusations]") {
  const auto fr = run("Les accusations de corruption contre le maire de Valbonne se multiplient.", "fr");
  const Accusation* a = fr.accusation("corruption");
  REQUIRE(a);
  CHECK(charge(fr, *a) == "corruption");
  CHECK_THAT(fr.party(a->accused), Catch::Contains("maire de Valbonne"));
  const auto en = run("The allegations of fraud against the harbour master were dropped.", "en");
  const Accusation* b = en.accusation("fraud");
  REQUIRE(b);
  CHECK(charge(en, *b) == "fraud");
  CHECK_THAT(en.party(b->accused), Catch::Contains("harbour master"));
}

TEST_CASE("accusations: English active verb 'accused X of Z'", "[accusations][en]") {
  const auto r = run("Senator Ruth Calloway accused the mining company Orvex of hiding pollution data from "
                     "regulators.", "en");
  const Accusation* a = r.accusation("hiding");
  REQUIRE(a);
  CHECK(charge(r, *a) == "hiding pollution data from regulators");
  CHECK(cue(r, *a) == "accused");
  CHECK_THAT(r.party(a->accuser), Catch::Contains("Ruth Calloway"));
  CHECK_THAT(r.party(a->accused), Catch::Contains("Orvex"));
}

TEST_CASE("accusations: passive forms name the accused as subject and the agent as accuser", "[accusations]") {
  SECTION("French legal step with its charge") {
    const auto r = run("L'ancien trésorier Marc Delorme a été mis en examen pour détournement de fonds publics, "
                       "a indiqué le parquet.", "fr");
    const Accusation* a = r.accusation("détournement");
    REQUIRE(a);
    CHECK(charge(r, *a) == "détournement de fonds publics");
    CHECK(cue(r, *a) == "mis en examen");
    CHECK_THAT(r.party(a->accused), Catch::Contains("Marc Delorme"));
  }
  SECTION("English 'was charged with … by'") {
    const auto r = run("Former treasurer Daniel Hobbs was charged with embezzlement by state prosecutors on "
                       "Monday.", "en");
    const Accusation* a = r.accusation("embezzlement");
    REQUIRE(a);
    CHECK(charge(r, *a) == "embezzlement");
    CHECK_THAT(r.party(a->accused), Catch::Contains("Daniel Hobbs"));
    CHECK_THAT(r.party(a->accuser), Catch::Contains("prosecutors"));
  }
  SECTION("English 'was accused by X of Z'") {
    const auto r = run("The mayor was accused by opposition leader Tom Reyes of wasting public money.", "en");
    const Accusation* a = r.accusation("wasting");
    REQUIRE(a);
    CHECK(charge(r, *a) == "wasting public money");
    CHECK(r.party(a->accuser) == "Tom Reyes");
  }
}

TEST_CASE("accusations: a legal step without its charge is not an accusation", "[accusations]") {
  CHECK(run("Le comptable Henri Vasseur a été mis en examen mardi.", "fr").analysis.accusations.empty());
  CHECK(run("The former minister Alan Pike was indicted on Friday.", "en").analysis.accusations.empty());
}

TEST_CASE("accusations: nominal forms", "[accusations]") {
  SECTION("French 'les accusations de X selon lesquelles …', answered by a denial") {
    const auto r = run("Le ministre Luc Perrin a rejeté les accusations du syndicat Solidarité Rail selon "
                       "lesquelles la direction aurait falsifié les registres.", "fr");
    const Accusation* a = r.accusation("falsifié");
    REQUIRE(a);
    CHECK(charge(r, *a) == "la direction aurait falsifié les registres");
    CHECK(cue(r, *a) == "accusations");
    // The one who rejects them is not the accuser.
    CHECK_THAT(r.party(a->accuser), Catch::Contains("Solidarité Rail"));
    CHECK_THAT(r.party(a->accused), Catch::Contains("direction"));
  }
  SECTION("English 'allegations that …' dismissed: no accuser stated") {
    const auto r = run("Mayor Tom Reyes dismissed allegations that his office rigged the tender.", "en");
    const Accusation* a = r.accusation("rigged");
    REQUIRE(a);
    CHECK(charge(r, *a) == "his office rigged the tender");
    CHECK(cue(r, *a) == "allegations");
    CHECK_FALSE(a->accuser.has_value());
  }
}

TEST_CASE("accusations: 'dénoncer' and 'condemn … for' take their object as the charge", "[accusations]") {
  const auto fr = run("Le syndicat Sud-Rail dénonce les licenciements abusifs de la direction.", "fr");
  const Accusation* a = fr.accusation("licenciements");
  REQUIRE(a);
  CHECK(charge(fr, *a) == "les licenciements abusifs de la direction");
  CHECK(cue(fr, *a) == "dénonce");
  CHECK_THAT(fr.party(a->accuser), Catch::Contains("Sud-Rail"));

  const auto en = run("Councillor Amy Tran condemned the agency for its secret spending.", "en");
  const Accusation* b = en.accusation("spending");
  REQUIRE(b);
  CHECK(charge(en, *b) == "its secret spending");
  CHECK_THAT(en.party(b->accuser), Catch::Contains("Amy Tran"));
  CHECK_THAT(en.party(b->accused), Catch::Contains("agency"));
}

TEST_CASE("accusations: 'accuse' as the cue of a quotation before its speaker names no accused", "[accusations][fr]") {
  const auto r = run("« Ils ont détourné l'argent public », accuse le député Paul Durand en parlant des dirigeants de "
                     "la société.", "fr");
  REQUIRE(r.analysis.accusations.size() == 1);  // the quotation's, not "accuse … la société"
  const Accusation& a = r.analysis.accusations.front();
  CHECK(a.kind == AccusationKind::Implicit);
  CHECK(r.party(a.accuser) == "Paul Durand");
}

TEST_CASE("accusations: implicit, a wrongdoing stated inside a quote", "[accusations]") {
  SECTION("French") {
    const auto r = run("« La direction a menti aux salariés pendant des mois », a déclaré Sophie Lemaire, "
                       "déléguée syndicale.", "fr");
    REQUIRE(r.analysis.accusations.size() == 1);
    const Accusation& a = r.analysis.accusations.front();
    CHECK(a.kind == AccusationKind::Implicit);
    CHECK(charge(r, a) == "La direction a menti aux salariés pendant des mois");
    CHECK(cue(r, a) == "a déclaré");
    CHECK(r.party(a.accuser) == "Sophie Lemaire");
    const Quote* q = r.quote("menti");
    REQUIRE(q);
    CHECK(a.quote == q->id);
  }
  SECTION("English") {
    const auto r = run("\"The ministry lied to the public about the flood risk,\" said Clara Voss, a local "
                       "councillor.", "en");
    const Accusation* a = r.accusation("lied");
    REQUIRE(a);
    CHECK(a->kind == AccusationKind::Implicit);
    CHECK(r.party(a->accuser) == "Clara Voss");
    CHECK(cue(r, *a) == "said");
  }
}

TEST_CASE("accusations: negated statements are not accusations", "[accusations]") {
  CHECK(run("« La direction n'a jamais menti aux salariés », a assuré Julie Martel.", "fr").analysis.accusations.empty());
  CHECK(run("Le député Yves Caradec n'accuse pas la direction de fraude.", "fr").analysis.accusations.empty());
  CHECK(run("\"The ministry never lied to anyone,\" said Peter Lund.", "en").analysis.accusations.empty());
  CHECK(run("Senator Ruth Calloway did not accuse Orvex of fraud.", "en").analysis.accusations.empty());
}

TEST_CASE("accusations: a denial is not an accusation by the one who denies", "[accusations]") {
  CHECK(run("Paul Arnaud a démenti que la mairie ait détourné des fonds.", "fr").analysis.accusations.empty());
  CHECK(run("Orvex denied that it had falsified any data.", "en").analysis.accusations.empty());
}

TEST_CASE("accusations: hedged statements are not accusations", "[accusations]") {
  CHECK(run("\"We will act if the contractor cheated,\" said Mayor Tom Reyes.", "en").analysis.accusations.empty());
}

TEST_CASE("accusations: ids, spans and confidence are well formed", "[accusations]") {
  const auto r = run("Le maire Paul Arnaud accuse la société Hydrel de fraude. « Hydrel a menti », a ajouté "
                     "Paul Arnaud.", "fr");
  REQUIRE(r.analysis.accusations.size() == 2);
  for (std::size_t k = 0; k < r.analysis.accusations.size(); ++k) {
    const auto& a = r.analysis.accusations[k];
    CHECK(a.id == "A" + std::to_string(k + 1));
    CHECK(a.charge.end <= r.text.size());
    CHECK_FALSE(a.charge.empty());
    CHECK(a.confidence > 0.0);
    CHECK(a.confidence <= 1.0);
    CHECK_FALSE(a.reason.empty());
  }
}

TEST_CASE("accusations: a pronoun accuser is the person, not a place named in her title",
          "[accusations][fr]") {
  const auto r = run("« Nous ne céderons pas », a déclaré mardi Hélène Marot, maire de Brévin. "
                     "Elle accuse la préfecture d'avoir caché les résultats des analyses.", "fr");
  const Accusation* a = r.accusation("caché");
  REQUIRE(a);
  CHECK(r.party(a->accuser) == "Hélène Marot");
  CHECK_THAT(r.party(a->accused), Catch::Contains("préfecture"));
}

TEST_CASE("accusations: an English pronoun accuser skips the city in 'mayor of'", "[accusations][en]") {
  const auto r = run("\"We will not back down,\" said Helen Marsh, the mayor of Dunmore, on Tuesday. "
                     "She accused the water board of hiding the test results.", "en");
  const Accusation* a = r.accusation("hiding");
  REQUIRE(a);
  CHECK(r.party(a->accuser) == "Helen Marsh");
}

TEST_CASE("a place behind a preposition before the verb's comma is no accuser", "[accusations]") {
  const auto r = run("The lawsuit, filed in federal court in Norvik, alleges that the ferry operator defrauded customers.",
                     "en");
  const Accusation* a = r.accusation("defrauded");
  REQUIRE(a);
  CHECK(r.party(a->accuser) != "Norvik");
  CHECK(r.party(a->accused) == "the ferry operator");
}

TEST_CASE("a denial's gerund is the answer, not the charge", "[accusations]") {
  auto r = run("Greta Moll rejected the accusation, saying ticket prices had fallen since 2023.", "en");
  CHECK_FALSE(r.accusation("ticket prices"));
}

TEST_CASE("accusations: implicit, stabbing, arson, disinformation, hacking, shelling, breaching rules", "[accusations]") {
  const std::tuple<const char*, const char*, const char*, const char*, const char*> cases[] = {
      {"en", "Police said the suspect had stabbed two people in Leeds.", "stabbed", "Police", "the suspect"},
      {"en", "The watchdog said the bank had broken the rules on lending.", "broken the rules", "The watchdog",
       "the bank"},
      {"fr", "Selon le syndicat, la direction a enfreint la loi sur le travail.", "enfreint", "le syndicat",
       "la direction"},
      {"en", "Local officials said government troops had set fire to dozens of homes.", "set fire", "Local officials",
       "government troops"},
      {"en", "The prime minister said the opposition was spreading disinformation.", "disinformation",
       "The prime minister", "the opposition"},
      {"fr", "Le Premier ministre a affirmé que l'opposition propageait de fausses informations.", "fausses",
       "Le Premier ministre", "l'opposition"},
      {"fr", "Le syndicat affirme que la direction a délibérément trompé les salariés.", "trompé", "Le syndicat",
       "la direction"},
      {"en", "\"Vestrian hackers stole the data,\" a Norvik official told reporters.", "stole", "a Norvik official",
       "Vestrian hackers"},
      // Shelling, bombing, firing on a crowd, breaching rules.
      {"en", "According to the Harbour Rights Watch, the army bombed two schools in Norvik.", "bombed",
       "the Harbour Rights Watch", "the army"},
      {"en", "\"The rebels shelled the fishing villages for three days,\" the mayor, Ruth Okafor, said.", "shelled",
       "Ruth Okafor", "The rebels"},
      {"en", "\"Soldiers opened fire on the crowd,\" said Tom Reyes, a dock worker.", "opened fire on", "Tom Reyes",
       "Soldiers"},
      {"en", "\"The harbour board breached its own safety rules,\" said Tom Reyes.", "breached", "Tom Reyes",
       "The harbour board"},
      {"fr", "« Les gardes ont tiré sur les manifestants », raconte Julie Caradec, une docker.", "tiré sur",
       "Julie Caradec", "Les gardes"},
      {"fr", "« Des agents ont violenté mon fils », affirme sa mère, Anne Roux.", "violenté", "Anne Roux", "Des agents"},
      // An English past form the tagger reads as the adjective of the noun
      // after it ("falsified time sheets"), right after a noun in a clause
      // with no other verb, is the verb, and that noun its doer; before a
      // noun with a verb of its own it is the participle, done by the
      // party after "by".
      {"en", "According to the dockers' union, the harbour managers falsified time sheets.", "falsified",
       "the dockers' union", "the harbour managers"},
      {"en", "\"Time sheets falsified by the harbour managers were found,\" the dockers' union said.", "falsified",
       "the dockers' union", "the harbour managers"},
      // A French present tense of a listed verb after its subject, which
      // the tagger alone reads as an adjective of that noun.
      {"fr", "« Le régime massacre les pêcheurs du delta », a dénoncé le ministre Henri Vasseur.", "massacre",
       "Henri Vasseur", "Le régime"},
      {"fr", "« Le port manipule les chiffres du trafic », estime le député Luc Marchal.", "manipule", "Luc Marchal",
       "Le port"},
      {"fr", "« Des surveillants ont frappé mon client », raconte l'avocat Marc Delorme.", "frappé", "Marc Delorme",
       "Des surveillants"},
      // A past tense read as an adjective, a participle after its object.
      {"en", "Activists say the harbour police harassed reporters covering the strike.", "harassed", "Activists",
       "the harbour police"},
      {"en", "Witnesses said troops had used excessive force.", "excessive force", "Witnesses", "troops"},
      {"fr", "Selon l'ONG Vigie Droits, les gendarmes ont fait un usage excessif de la force.", "usage excessif",
       "Vigie Droits", "les gendarmes"},
      // A plural role is a group that can do wrong.
      {"en", "The ministry said the journalists had been spreading propaganda.", "propaganda", "The ministry",
       "the journalists"},
      // Public money misused: "misuse" alone is no wrong ("users misuse the app").
      {"en", "Critics say the harbour master misused public funds.", "misused", "Critics", "the harbour master"},
      {"en", "\"There was a clear misuse of public funds by the board,\" the auditor said.", "misuse", "the auditor",
       "the board"},
  };
  for (const auto& [lang, text, needle, accuser, accused] : cases) {
    INFO(text);
    const auto r = run(text, lang);
    const Accusation* a = r.accusation(needle);
    REQUIRE(a);
    CHECK(a->kind == AccusationKind::Implicit);
    CHECK(r.party(a->accuser) == accuser);
    CHECK(r.party(a->accused) == accused);
  }
}

TEST_CASE("accusations: implicit, the wider news vocabulary of wrongdoing", "[accusations]") {
  const auto f = run("Selon Lucie Marrot, le coureur Hugo Delval a été contrôlé positif lors du Tour du Jura.", "fr");
  const Accusation* a = f.accusation("contrôlé positif");
  REQUIRE(a);
  CHECK(f.party(a->accuser) == "Lucie Marrot");
  const auto e = run("\"This was negligence by the port authority, plain and simple,\" said Tom Reyes, a union "
                     "official.", "en");
  const Accusation* b = e.accusation("negligence");
  REQUIRE(b);
  CHECK(e.party(b->accuser) == "Tom Reyes");
  CHECK(e.party(b->accused) == "the port authority");
  // A noun of wrongdoing that names no doer is an event, not an accusation
  // (GUIDELINES: implicit accusations name the party that did wrong).
  const auto n = run("\"This was negligence, plain and simple,\" said Tom Reyes, a union official.", "en");
  CHECK(n.analysis.accusations.empty());
  // A general mention of the subject is no accusation.
  const auto g = run("\"The sport has learned nothing from the scandals,\" said Tom Reyes.", "en");
  CHECK(g.analysis.accusations.empty());
  // Violence and abduction, with their doer.
  const auto m = run("« Les gardes ont matraqué des pêcheurs désarmés », a affirmé le député Marc Olier.", "fr");
  const Accusation* c = m.accusation("matraqué");
  REQUIRE(c);
  CHECK(m.party(c->accuser) == "Marc Olier");
  CHECK(m.party(c->accused) == "Les gardes");
  const auto k = run("\"The militia abducted forty villagers,\" said Tom Reyes.", "en");
  const Accusation* d = k.accusation("abducted");
  REQUIRE(d);
  CHECK(k.party(d->accused) == "The militia");
  // A phrasal verb, with its particle only.
  const auto u = run("Tom Reyes said the harbour ministry had covered up the leak. He said the ministry covered "
                     "the costs.", "en");
  const Accusation* cu = u.accusation("covered up");
  REQUIRE(cu);
  CHECK(u.party(cu->accused) == "the harbour ministry");
  CHECK(u.analysis.accusations.size() == 1);
  // Flouting the law and fabricating evidence, with their doer; the verb
  // "fabriquer" alone makes things, no wrong.
  const auto bf = run("« La municipalité a bafoué la loi en accordant ce permis », estime l'association des riverains.", "fr");
  const Accusation* bfa = bf.accusation("bafoué");
  REQUIRE(bfa);
  CHECK(bf.party(bfa->accused) == "La municipalité");
  const auto fp = run("« Les enquêteurs ont fabriqué des preuves contre mon client », affirme Me Hélène Brun.", "fr");
  const Accusation* fpa = fp.accusation("fabriqué");
  REQUIRE(fpa);
  CHECK(fp.party(fpa->accused) == "Les enquêteurs");
  CHECK(run("« L'usine fabrique des pièces pour l'aéronautique », explique le directeur.", "fr").analysis.accusations.empty());
  const auto fl = run("\"The company flouted the safety rules for years,\" the inspector said.", "en");
  const Accusation* fla = fl.accusation("flouted");
  REQUIRE(fla);
  CHECK(fl.party(fla->accused) == "The company");
}

TEST_CASE("accusations: denouncing accusations rejects them", "[accusations][fr]") {
  const auto r = run("Le gouvernement ostrandais a dénoncé des accusations « fabriquées de toutes pièces ».", "fr");
  CHECK(r.analysis.accusations.empty());
}

TEST_CASE("accusations: the parties past an adverbial phrase, a pronoun and a look-alike description", "[accusations][fr]") {
  const auto r = run("Le gouvernement ostrandais dément. Son ministre, Karel Dostan, a affirmé que la Vestrie mentait. "
                     "Il accuse en retour le gouvernement vestrien d'espionner les diplomates.", "fr");
  const Accusation* a = r.accusation("espionner les diplomates");
  REQUIRE(a);
  CHECK(r.party(a->accuser) == "Karel Dostan");        // "Il": not "la Vestrie", a feminine name
  CHECK(r.party(a->accused) == "le gouvernement vestrien");  // not the Ostrandan government
}

TEST_CASE("accusations: the accused noun phrase stops before the charge", "[accusations][en]") {
  const auto r = run("Dana Whitfield accused the port authority of hiding the cost overruns.", "en");
  const Accusation* a = r.accusation("hiding the cost overruns");
  REQUIRE(a);
  CHECK(r.party(a->accused) == "the port authority");
}

// The forms read from the parse (issue "Engine IV"): the accused is the
// verb's object or passive subject whatever noun phrase it is, one
// accusation per party named separately, and the doer of a wrong said in a
// quote is its subject (through a relative pronoun too).
TEST_CASE("accusations: two parties named separately are two accusations", "[accusations]") {
  SECTION("English active") {
    const auto r = run("Independent monitors have accused Norland and Vestria of arming the militia.", "en");
    std::vector<std::string> accused;
    for (const auto& a : r.analysis.accusations) {
      CHECK(charge(r, a) == "arming the militia");
      CHECK(r.party(a.accuser) == "Independent monitors");
      accused.push_back(r.party(a.accused));
    }
    CHECK(accused == std::vector<std::string>{"Norland", "Vestria"});
  }
  SECTION("English passive with its agent") {
    const auto r = run("Norland and Vestria have been accused by independent monitors of arming the militia.", "en");
    std::vector<std::string> accused;
    for (const auto& a : r.analysis.accusations) {
      CHECK(charge(r, a) == "arming the militia");
      accused.push_back(r.party(a.accused));
    }
    CHECK(accused == std::vector<std::string>{"Norland", "Vestria"});
  }
  SECTION("French active") {
    const auto r = run("L'opposition accuse la mairie et la préfecture d'avoir caché les chiffres.", "fr");
    std::vector<std::string> accused;
    for (const auto& a : r.analysis.accusations) accused.push_back(r.party(a.accused));
    CHECK(accused == std::vector<std::string>{"la mairie", "la préfecture"});
  }
}

TEST_CASE("accusations: an accused that no name finder knows is a party of its own", "[accusations]") {
  const auto r = run("The union accused the port authority of hiding the safety reports.", "en");
  const Accusation* a = r.accusation("hiding");
  REQUIRE(a);
  CHECK(r.party(a->accused) == "the port authority");
  const auto r2 = run("Le syndicat accuse les autorités portuaires d'avoir caché les rapports.", "fr");
  const Accusation* b = r2.accusation("caché");
  REQUIRE(b);
  CHECK(r2.party(b->accused) == "les autorités portuaires");
}

TEST_CASE("accusations: implicit, the doer of the wrong is its subject", "[accusations][en]") {
  SECTION("through a relative pronoun") {
    const auto r = run("\"It is the Harbour Guard that has looted the villages,\" said Omar Tessel, a spokesman "
                       "for the fishermen.", "en");
    const Accusation* a = r.accusation("looted");
    REQUIRE(a);
    CHECK(a->kind == AccusationKind::Implicit);
    CHECK(r.party(a->accuser) == "Omar Tessel");
    CHECK(r.party(a->accused) == "the Harbour Guard");
  }
  SECTION("a pronoun charge is no accusation") {
    const auto r = run("\"They lie and they are blaming us for it,\" said Omar Tessel.", "en");
    for (const auto& a : r.analysis.accusations) CHECK(charge(r, a) != "it");
  }
}

TEST_CASE("accusations: who accuses whom, read from the parse (one sentence per form)", "[accusations][syntax]") {
  struct Case {
    const char* form;
    const char* lang;
    const char* text;
    const char* needle;   // a word of the charge
    const char* accuser;  // "" when the case does not check it
    const char* accused;  // "" for none
    const char* charge = "";  // the whole charge, when the case checks it
  };
  const Case cases[] = {
      // The doer of a manner word is the subject of the verb it modifies, a
      // phrase whose first word alone ("Valdorian") would be another party.
      {"manner adverb", "en",
       "Valdorian border guards have illegally seized the boats of dozens of fishermen, the Coastal Rights Network "
       "said.",
       "seized", "the Coastal Rights Network", "Valdorian border guards"},
      {"manner adverb", "fr",
       "« Les gardes-côtes valdoriens ont illégalement arraisonné nos chalutiers », a déclaré Marc Olier, président "
       "de la coopérative.",
       "arraisonné", "Marc Olier", "Les gardes-côtes valdoriens"},
      // Breaking a body of law, misspending public money.
      {"broke international law", "en", "Kyiv says Moscow broke international law in the Black Sea.", "broke",
       "Kyiv", "Moscow"},
      {"had misspent", "en", "The auditor found the council had misspent £3m of public money.", "misspent",
       "The auditor", "the council"},
      // An act done knowingly or wrongfully is a wrong, its doer the verb's subject.
      {"knowingly + verb", "en",
       "\"The company knowingly sold contaminated water to thousands of families,\" said Anne Cole, a lawyer for "
       "the residents.",
       "knowingly", "Anne Cole", "The company"},
      {"sciemment + verbe", "fr", "« L'entreprise a sciemment vendu une eau contaminée », affirme l'avocate Anne Morel.",
       "sciemment", "Anne Morel", "L'entreprise"},
      {"wrongfully + verb", "en", "The residents' association says the insurer wrongfully denied hundreds of claims.",
       "wrongfully", "The residents' association", "the insurer"},
      // "de manière illégale" hangs on a noun in the parse; the doer is still
      // the verb's subject, not the places named after it.
      {"manner phrase", "fr",
       "Selon la coopérative, « les gardes-côtes ont fait usage de leurs armes de manière illégale dans plusieurs "
       "ports de la région ».",
       "manière illégale", "la coopérative", "les gardes-côtes"},
      // A wrong named after "il s'agit de" (whose "s'" is no "si") has its agent as doer.
      {"il s'agit d'une fraude organisée par X", "fr",
       "« Il s'agit d'une fraude organisée par la direction du port », a affirmé Henri Vasseur, délégué syndical.",
       "fraude", "Henri Vasseur", "la direction du port"},
      // An organisation after the source's name and a comma starts the
      // clause: the accused, not the source's apposition.
      {"pour X, Name, l'organisation « … »", "fr",
       "Pour l'avocat des riverains, Me Louise Tanguy, la direction de la raffinerie « a dissimulé les relevés "
       "pendant des mois ».",
       "dissimulé", "Louise Tanguy", "la direction de la raffinerie"},
      {"overcharged", "en",
       "\"The clinic overcharged hundreds of patients for years,\" said Maria Lopes, a lawyer for the families.",
       "overcharged", "Maria Lopes", "The clinic"},
      // A cue that is itself a verb of accusing makes the quotation its
      // charge, whatever its words; the accused is its clause's subject.
      {"« … », accuse X", "fr", "« Le préfet a laissé mourir ces gens », accuse Marie Le Goff, porte-parole du collectif.",
       "laissé mourir", "Marie Le Goff", "Le préfet", "Le préfet a laissé mourir ces gens"},
      {"\"…,\" X accused", "en", "\"The council let the harbour rot for a decade,\" the fishermen's union accused.",
       "harbour rot", "the fishermen's union", "The council", "The council let the harbour rot for a decade"},
      // "que" opening the relative clause is its object: the noun it takes
      // up is the accused, also when the parse misses the clause.
      {"X, qu'il accuse de …", "fr",
       "Le syndicat des dockers met en cause la capitainerie, qu'il accuse d'avoir ignoré les alertes.", "ignoré",
       "Le syndicat des dockers", "la capitainerie", "avoir ignoré les alertes"},
      {"X, que Y accuse de …, dément", "fr", "La capitainerie, que le syndicat accuse d'avoir ignoré les alertes, dément.",
       "ignoré", "le syndicat", "La capitainerie", "avoir ignoré les alertes"},
      // A party as object, then "pour"/"for" and its deed (entry attribute party_charge=).
      {"met en cause X pour son …", "fr", "L'association des riverains met en cause la mairie pour sa gestion des déchets.",
       "gestion", "L'association des riverains", "la mairie", "sa gestion des déchets"},
      {"denounced X for his …", "en", "The union denounced the mayor for his silence on the closures.", "silence",
       "The union", "the mayor", "his silence on the closures"},
      // A fine's own amount comes before the accused's preposition.
      {"infliger une amende de … à X pour Y", "fr",
       "La Commission européenne a infligé une amende de 2 millions d'euros à l'armateur pour pêche illégale.", "pêche",
       "La Commission européenne", "l'armateur", "pêche illégale"},
      // The accused ends before a preposition of several words, however
      // the tagger reads "guilty".
      {"found X guilty of", "en", "The watchdog found the bank guilty of misleading customers.", "misleading",
       "The watchdog", "the bank", "misleading customers"},
      {"found X guilty of (role)", "en", "A jury found the former harbour master guilty of fraud.", "fraud", "A jury",
       "the former harbour master", "fraud"},
      // "blame X on Y": the object is the charge, Y the accused (or the
      // agent of the cause it names).
      {"blame X on Y", "en", "Fishermen blame the delays on the port authority.", "delays", "Fishermen",
       "the port authority", "the delays"},
      {"blame X on a cause by Y", "en", "The union blamed the collapse on years of underinvestment by the council.",
       "collapse", "The union", "the council", "the collapse"},
      {"hold X responsible for", "en", "Fishermen hold the port authority responsible for the collapse of the quay.",
       "collapse", "Fishermen", "the port authority", "the collapse of the quay"},
      {"allege that", "en", "Prosecutors allege that Hale stole two million dollars from the charity.", "stole",
       "Prosecutors", "Hale"},
      // The doer of an infinitive is whom the directive addresses, else the
      // subject of the verb it completes.
      {"directive", "en", "Valdoria urged the Harbour League to stop smearing Valdoria, Anna Brisk said.", "smearing",
       "", "the Harbour League"},
      {"directive", "fr",
       "La Valdorie exhorte la Ligue portuaire à cesser ses blocus et à arrêter de calomnier la Valdorie, a déclaré "
       "Anna Brisk.",
       "calomnier", "", "la Ligue portuaire"},
      {"subject control", "en", "\"The rebels promised to stop looting the villages,\" Anna Brisk said.", "looting",
       "", "The rebels"},
      // A participle after "had" is the wrong done, however the tagger reads it.
      {"had + participle", "en", "The dockers' union said the harbour managers had falsified safety records.",
       "falsified", "", "the harbour managers"},
      // A report accuses through its publisher.
      {"report", "en",
       "A report by the Harbour Rights Watch, released on Tuesday, found that police had killed eleven fishermen.",
       "killed", "the Harbour Rights Watch", "police"},
      // A record of wrongs accuses their doer, however the parse hangs "by".
      {"record", "en", "Amnesty International has documented abuses by the Harbour Guard in three ports.", "abuses",
       "Amnesty International", "the Harbour Guard"},
      {"record", "fr", "Amnesty International a documenté des exactions commises par l'armée vestrienne.",
       "exactions", "", "l'armée vestrienne"},
      // Armed forces, officers, management, the accused of a trial: parties.
      {"armed group", "en", "Refugees told reporters that Vestrian troops were burning villages and killing civilians.",
       "burning", "", "Vestrian troops"},
      {"management", "en", "The union accused management of trying to break the strike.", "break the strike", "",
       "management"},
      {"charged role", "fr", "Le procès des deux accusés du meurtre de Paul Arnaud s'ouvre lundi à Rennes.", "meurtre",
       "", "deux accusés"},
      // The victims of a passive wrong are not its accused.
      {"passive wrong", "en", "One resident said at least 12 people were killed.", "killed", "", ""},
      // Legal steps: who files or opens them accuses; "contre"/"against"
      // names the accused and ends the charge.
      {"complaint noun", "fr", "Le maire a déposé une plainte pour diffamation contre le journal.", "diffamation",
       "Le maire", "le journal", "diffamation"},
      {"complaint verb", "fr", "L'association a porté plainte pour maltraitance contre la mairie de Lorient.",
       "maltraitance", "L'association", "la mairie de Lorient", "maltraitance"},
      {"complaint after", "fr", "Une association porte plainte contre la mairie après la mort de trois chevaux au haras.",
       "trois chevaux", "Une association", "la mairie"},
      {"complaint passive", "fr",
       "Une plainte a été déposée pour « violences volontaires » contre quatre gendarmes, a indiqué le parquet.",
       "violences", "", "quatre gendarmes"},
      {"investigation", "en", "Regulators opened an investigation for fraud against the Harbour Bank.", "fraud",
       "Regulators", "the Harbour Bank", "fraud"},
      {"investigation", "en",
       "Two officers are facing an investigation for gross misconduct, the Independent Police Board (IPB) has "
       "announced.",
       "misconduct", "", "Two officers", "gross misconduct"},
      {"referral", "fr", "L'ancien trésorier du club a été déféré pour « abus de confiance ».", "abus de confiance", "",
       "L'ancien trésorier du club"},
      {"arrest", "fr", "L'homme a été interpellé pour trafic de stupéfiants.", "trafic", "", "L'homme"},
      // Being tried for an offence: "stand trial for", "jugé pour", "comparaît pour".
      {"stand trial for", "en", "The former harbour master will stand trial for fraud, prosecutors said.", "fraud", "",
       "The former harbour master", "fraud"},
      {"jugé pour", "fr", "L'ancien adjoint Bernard Mercier est jugé depuis lundi pour favoritisme.", "favoritisme", "",
       "Bernard Mercier", "favoritisme"},
      {"comparaît pour", "fr", "Bernard Mercier comparaît devant le tribunal correctionnel pour prise illégale d'intérêts.",
       "intérêts", "", "Bernard Mercier", "prise illégale d'intérêts"},
      // The doer of the deed an object names: its genitive, however the
      // parse attaches it ("army's" read as a compound), not a place after it.
      {"genitive of the object", "en", "The ministry condemned the army's actions in Goma.", "actions", "The ministry",
       "the army"},
      // Whom a trial targets: the phrase after "of" (up to the charge's
      // link, an apposition after a role included), or the subject of "be on trial".
      {"trial of X for", "en", "Prosecutors opened the trial of Tom Hale for bribery on Monday.", "bribery",
       "Prosecutors", "Tom Hale", "bribery"},
      {"trial of role, X, for", "en", "The trial of the former harbour master, Tom Hale, for fraud was postponed.",
       "fraud", "", "Tom Hale"},
      {"on trial for", "en", "The former harbour master is on trial for fraud in Leeds.", "fraud", "",
       "The former harbour master"},
      // "reprocher à X Y": the accused after "au", the object after it the charge.
      {"reprocher au", "fr", "Le député reproche au maire de Lyon d'avoir menti.", "menti", "", "maire de Lyon"},
      {"reprocher object", "fr",
       "Les magistrats financiers reprochaient à la compagnie un manque de transparence sur ses coûts.",
       "transparence", "", "la compagnie", "un manque de transparence sur ses coûts"},
      {"reprocher object", "fr", "L'ONG reproche au gouvernement son inaction face à la crise.", "inaction", "",
       "gouvernement", "son inaction face à la crise"},
      // A quoted infinitive opens the charge; its object and a second
      // infinitive follow the closing mark.
      {"quoted participle", "fr", "L'avocate de la défense reproche aux enquêteurs d'avoir « bâclé » leur travail.",
       "bâclé", "L'avocate de la défense", "enquêteurs", "avoir « bâclé » leur travail"},
      // A phrase adverb between the auxiliary and the participle.
      {"a au contraire dénoncé", "fr", "Le procureur, Thierry Lambert, a au contraire dénoncé « un système organisé ».",
       "système", "Thierry Lambert", ""},
      // The writer's apposition naming the accusations ends the charge.
      {"apposition after the charge", "fr",
       "La Vestrie a accusé dimanche l'Ostrande d'avoir mené une attaque de drones contre la centrale de Borvik, des "
       "accusations aussitôt rejetées par Ostra.",
       "drones", "La Vestrie", "l'Ostrande", "avoir mené une attaque de drones contre la centrale de Borvik"},
      {"accuser de « verbe »", "fr",
       "Le syndicat accuse la direction de « saboter » le dialogue social et de vouloir « fermer le site ».",
       "saboter", "Le syndicat", "la direction", "« saboter » le dialogue social et de vouloir « fermer le site »"},
      {"d'avoir « participe … »", "fr",
       "Julien Ferrand accuse la fédération d'avoir « bafoué les droits de la défense » en rendant public le contrôle.",
       "bafoué", "Julien Ferrand", "la fédération",
       "avoir « bafoué les droits de la défense » en rendant public le contrôle"},
      // The agent of a deed's participle, a role with its name: that person;
      // a demonstrative takes the deed up with its doer.
      {"propos tenus par rôle + nom", "fr",
       "Le gouvernement a dénoncé les propos tenus par l'opposant Marc Olier sur Radio Norvik.", "propos",
       "Le gouvernement", "Marc Olier"},
      {"ces propos, repris", "fr",
       "Le gouvernement a dénoncé les propos tenus par l'opposant Marc Olier sur Radio Norvik. Le ministère a publié "
       "une déclaration condamnant ces propos extrêmement graves.",
       "extrêmement", "", "Marc Olier"},
      // A nominal accusation's participle and its agent: who accuses; the
      // charge stops before it.
      {"accusations … lancées par … contre", "fr",
       "Le ministre a rejeté les accusations de fraude lancées par la fédération vestrienne contre le gouvernement.",
       "fraude", "la fédération vestrienne", "le gouvernement", "fraude"},
      {"allegations … made by … against", "en",
       "The minister rejected the allegations of fraud made by the cycling federation against the government.",
       "fraud", "the cycling federation", "the government", "fraud"},
      // A noun as the charge: the accused's phrase ends before its link;
      // of two links, the first is the accused's own.
      {"accuser X de nom", "fr", "Le syndicat accuse la direction de fraude fiscale.", "fraude", "Le syndicat",
       "la direction", "fraude fiscale"},
      {"accuser X de Y de nom", "fr", "Le syndicat accuse le directeur de l'usine de fraude.", "fraude", "Le syndicat",
       "le directeur de l'usine", "fraude"},
      {"accuse X of noun", "en", "The union accused the company of tax evasion.", "evasion", "The union",
       "the company", "tax evasion"},
      {"accuse X of Y of noun", "en", "The union accused the head of the agency of fraud.", "fraud", "The union",
       "the head of the agency", "fraud"},
      // A bare plural object; a place or a target inside it is no doer.
      {"denounce bare plural", "en", "Amnesty International denounced abuses by the Harbour Guard.", "abuses",
       "Amnesty International", "the Harbour Guard", "abuses by the Harbour Guard"},
      {"place is no doer", "en", "Amnesty International denounced abuses in the port of Norvik.", "abuses",
       "Amnesty International", ""},
      // After a source marker's comma, the clause's subject is no apposition
      // of the source; "ont tué" is active, whatever the parse labels.
      {"according to X, forces killed", "en", "According to Amnesty, security forces killed at least 40 protesters.",
       "killed", "Amnesty", "security forces"},
      {"selon X, les forces ont tué", "fr", "Selon Amnesty, les forces de sécurité ont tué au moins 40 manifestants.",
       "tué", "Amnesty", "les forces de sécurité"},
      // A bare plural agent accuses; a relative pronoun object is the
      // noun it takes up.
      {"accused by bare plural of", "en", "The port authority has been accused by unions of ignoring safety warnings.",
       "ignoring", "unions", "The port authority"},
      {"which X has accused of", "en",
       "The port authority, which Tom Hale has accused of negligence, declined to comment.", "negligence", "Tom Hale",
       "The port authority", "negligence"},
      // The subject of coordinated verbs accuses, not the source the
      // sentence is according to.
      {"he … and accused", "en",
       "According to Nadia Roux, the mayor has spread rumours and publicly accused the council of hiding the costs.",
       "hiding", "the mayor", "the council"},
      // A person the text has not named yet is a party.
      {"l'homme, soupçonné de", "fr", "L'homme, soupçonné de trafic de drogue, a été interpellé mardi à Brest.",
       "trafic", "", "L'homme", "trafic de drogue"},
      {"a man was charged with", "en", "A 34-year-old man was charged with murder on Sunday.", "murder", "",
       "A 34-year-old man", "murder"},
      {"femme d'affaires + adjectif", "fr",
       "Le parquet soupçonne la femme d'affaires vestrienne d'avoir détourné des fonds.", "détourné", "Le parquet",
       "la femme d'affaires vestrienne"},
      // Opening an investigation for an offence is a legal step; its
      // target follows "visant"/"contre" (fr) or "into"/"against" (en).
      {"ouvrir une enquête pour … visant", "fr",
       "Le parquet de Brest a ouvert une enquête pour escroquerie visant le maire de Lorient.", "escroquerie",
       "Le parquet de Brest", "le maire de Lorient", "escroquerie"},
      {"open an investigation into … for", "en", "Prosecutors opened an investigation into the harbour master for fraud.",
       "fraud", "Prosecutors", "the harbour master", "fraud"},
      {"sentenced for", "en", "The judge sentenced the former harbour master to two years for bribery.",
       "bribery", "The judge", "the former harbour master", "bribery"},
      {"jailed for", "en", "The former mayor was jailed for bribery on Monday.", "bribery", "", "The former mayor",
       "bribery"},
      {"file a complaint against … for", "en", "The union filed a complaint against the port authority for negligence.",
       "negligence", "The union", "the port authority", "negligence"},
      {"plainte contre X", "fr", "L'association a porté plainte contre X pour sévices graves.", "sévices",
       "L'association", "", "sévices graves"},
      {"lieu, pas auteur", "fr", "La Ligue des droits de l'homme a dénoncé des violences dans le port de Norvik.",
       "violences", "La Ligue des droits de l'homme", ""},
      // A gerund after "be" is active: its subject accuses.
      {"is suing … for", "en", "The harbour union is suing the port authority for negligence.", "negligence",
       "The harbour union", "the port authority", "negligence"},
      {"are investigating … for", "en", "Police are investigating the harbour master for fraud.", "fraud", "Police",
       "the harbour master", "fraud"},
      // A participle the parse reads as an adjective after "being".
      {"is being investigated for", "en", "The harbour master is being investigated for fraud.", "fraud", "",
       "The harbour master", "fraud"},
      // A name right after the verb is its first object, not the amount
      // the parse took for the object.
      {"fined X $Y for", "en", "Regulators fined Northwind Energy $5m for misleading investors.", "misleading",
       "Regulators", "Northwind Energy", "misleading investors"},
      // "charges" as the parse tags it: here a noun that someone faces.
      {"faces charges of", "en", "The harbour master faces charges of corruption.", "corruption", "",
       "The harbour master", "corruption"},
      {"arrested on charges of", "en", "The port director, Tom Hale, was arrested on charges of insider trading.",
       "insider", "", "Tom Hale", "insider trading"},
      {"detained on suspicion of", "en", "The ferry captain was detained on suspicion of smuggling.", "smuggling", "",
       "The ferry captain", "smuggling"},
      // A charge link of several words, with the object between it and the verb.
      {"arrested X on suspicion of", "en", "Police arrested a 34-year-old deckhand on suspicion of arson.", "arson",
       "Police", "a 34-year-old deckhand", "arson"},
      {"held on suspicion of", "en", "Two deckhands are being held on suspicion of smuggling.", "smuggling", "",
       "Two deckhands", "smuggling"},
      {"sanctioned by … for", "en", "The club was sanctioned by the league for breaching spending rules.", "breaching",
       "the league", "The club", "breaching spending rules"},
      {"sanctionné par … pour", "fr", "Le club a été sanctionné par la Ligue pour non-respect des règles financières.",
       "non-respect", "la Ligue", "Le club", "non-respect des règles financières"},
      {"visé par une enquête pour", "fr", "Le maire de Lorient est visé par une enquête pour favoritisme.",
       "favoritisme", "", "Le maire de Lorient", "favoritisme"},
      {"fait l'objet d'une enquête pour", "fr",
       "L'ancien trésorier fait l'objet d'une enquête pour abus de biens sociaux.", "abus", "", "L'ancien trésorier",
       "abus de biens sociaux"},
      {"placé en détention provisoire pour", "fr", "Le skipper a été placé en détention provisoire pour contrebande.",
       "contrebande", "", "Le skipper", "contrebande"},
      // A gerund after a comma is an adjunct: the clause's subject accuses,
      // not the phrase before the comma; "him" is the person named before.
      {"…, accusing X of", "en", "The minister lashed out at the press, accusing reporters of spreading lies.",
       "spreading", "The minister", "reporters", "spreading lies"},
      {"…, accusing him of", "en", "Anna Brisk confronted Tom Hale on Tuesday, accusing him of lying.",
       "lying", "Anna Brisk", "Tom Hale", "lying"},
      {"…, accusant X de", "fr", "Le maire s'en est pris à la presse, accusant les journalistes de mentir.", "mentir",
       "Le maire", "les journalistes", "mentir"},
      // A party as the subject of "mis en cause" is the accused, the phrase
      // after "pour" the charge (past the agent too).
      {"mis en cause pour", "fr", "La ministre a été mise en cause pour sa gestion de la crise.", "gestion", "",
       "La ministre", "sa gestion de la crise"},
      {"mis en cause par X pour", "fr", "Le maire est mis en cause par l'opposition pour ses dépenses de voyage.",
       "dépenses", "l'opposition", "Le maire", "ses dépenses de voyage"},
      // A thing as that subject is the charge, the whole of its phrase.
      {"la gestion de X mise en cause par", "fr",
       "La gestion de la crise est mise en cause par la Cour des comptes.", "gestion", "la Cour des comptes", "",
       "La gestion de la crise"},
      // A report as the parse's subject accuses through its publisher,
      // with a participle between; a wrongdoing after a "de" the mentions
      // stage ran the object's phrase over is the charge.
      {"rapport de X publié … accuse", "fr",
       "Un rapport de l'ONU publié lundi accuse les deux camps de crimes de guerre.", "crimes", "ONU",
       "les deux camps", "crimes de guerre"},
      // "imputer Z à Y": Y is accused, Z the charge.
      {"imputer Z à Y", "fr", "Les riverains imputent les inondations à la mairie.", "inondations", "Les riverains",
       "la mairie", "les inondations"},
      {"reconnu coupable de", "fr", "L'armateur a été reconnu coupable d'homicide involontaire.", "homicide", "",
       "L'armateur", "homicide involontaire"},
      // A genitive owner is no accused of its own: the whole phrase is.
      {"X's military", "en", "Harbour Rights Watch accused Norland's military of war crimes.", "war crimes",
       "Harbour Rights Watch", "Norland's military"},
      // "convict X of Y": the object ends before "of", as after "accuse".
      {"convict X of Y", "en", "The court convicted the former president of corruption.", "corruption",
       "The court", "the former president", "corruption"},
      // A length of time is no charge ("for six years").
      {"jailed for N years for Y", "en", "The skipper was jailed for six years for people smuggling.", "smuggling",
       "", "The skipper", "people smuggling"},
      {"charged over", "en", "Two deckhands have been charged over the fire at the marina.", "fire", "",
       "Two deckhands", "the fire at the marina"},
      {"found guilty of", "en", "The former mayor was found guilty of bribery.", "bribery", "", "The former mayor",
       "bribery"},
      // A sanction is an accusation when its reason is a wrong.
      {"suspendu pour", "fr", "Le skipper a été suspendu pour dopage.", "dopage", "", "Le skipper", "dopage"},
      {"expelled for", "en", "Two Norland diplomats were expelled for spying.", "spying", "", "Two Norland diplomats",
       "spying"},
      {"impliqué dans", "fr", "Le directeur du port est impliqué dans une affaire de corruption.", "corruption", "",
       "Le directeur du port"},
      // "des" read as "de" + "les" inside the accused's phrase: the object.
      {"reprocher à X des …", "fr", "La candidate reproche à son adversaire des propos diffamatoires.", "propos",
       "La candidate", "son adversaire", "des propos diffamatoires"},
      // A legal step named by a noun: its "de"/"of" phrase before the charge
      // link, its possessive, the dative before its verb is the accused.
      {"l'État a menti", "fr", "« L'État a menti aux familles des marins », affirme l'avocat Paul Morin.", "menti",
       "Paul Morin", "L'État"},
      {"la mise en examen de X pour", "fr",
       "La mise en examen de l'ancien maire de Brévin pour corruption a été confirmée mardi.", "corruption", "",
       "l'ancien maire de Brévin", "corruption"},
      {"the arrest of X for", "en", "The arrest of the ferry captain for smuggling shocked the town.", "smuggling", "",
       "the ferry captain", "smuggling"},
      {"sa mise en examen pour", "fr",
       "Paul Morin, gérant de l'armement Vestra Pêche, a été présenté à une juge en vue de sa mise en examen pour "
       "escroquerie.",
       "escroquerie", "", "Paul Morin", "escroquerie"},
      {"lui valent une mise en examen", "fr",
       "Marie Joly a été entendue mardi. Ces faits lui valent une mise en examen pour abus de confiance.", "abus", "",
       "Marie Joly", "abus de confiance"},
      // (A source the text does not name, reporting it, is not who "lui" takes up.)
      {"une source … confirme que … lui valent", "fr",
       "Marie Joly a été entendue mardi. Une source judiciaire a confirmé que ces faits lui valent une mise en "
       "examen pour abus de confiance.",
       "abus", "", "Marie Joly", "abus de confiance"},
      {"allegations … against him", "en",
       "Tom Hale was questioned on Monday. The allegations of bribery against him date back to 2019.", "bribery", "",
       "Tom Hale", "bribery"},
      {"les accusations … contre lui", "fr",
       "Paul Morin a été entendu lundi. Les accusations de corruption contre lui remontent à 2019.", "corruption", "",
       "Paul Morin", "corruption"},
      // Offences listed in quotation marks are one charge.
      {"pour « A », « B » et « C »", "fr",
       "Le skipper Paul Morin a été mis en examen pour « homicide involontaire », « mise en danger de la vie "
       "d'autrui » et « délit de fuite », explique une source judiciaire.",
       "homicide", "", "Le skipper Paul Morin",
       "« homicide involontaire », « mise en danger de la vie d'autrui » et « délit de fuite »"},
      {"charged with “A” and “B”", "en",
       "The skipper, Tom Hale, was charged with “manslaughter” and “failing to stop”, a source close to the "
       "inquiry said.",
       "manslaughter", "", "Tom Hale", "“manslaughter” and “failing to stop”"},
      // The legal noun's own passive verb group ends its charge; "contre",
      // "against" after it opens the accused.
      {"une plainte pour X a été déposée contre Y", "fr",
       "Une plainte pour harcèlement moral a été déposée contre le directeur de l'hôpital.", "harcèlement", "",
       "le directeur de l'hôpital", "harcèlement moral"},
      {"a complaint of X was filed against Y", "en",
       "A complaint of harassment was filed against the hospital director.", "harassment", "",
       "the hospital director", "harassment"},
      // An acronym is a whole name: "pour" after it opens the charge.
      {"mises en cause par l'ONU pour", "fr",
       "Les autorités portuaires sont mises en cause par l'ONU pour des expulsions forcées.", "expulsions", "l'ONU",
       "Les autorités portuaires", "des expulsions forcées"},
      // A company named by its trade ("Fishing", "Pêche") is an
      // organisation, and the description before it between commas is it.
      {"sued the owner, X Fishing, for", "en",
       "The families sued the owner, Vestra Fishing, for manslaughter.", "manslaughter", "The families",
       "Vestra Fishing"},
      // A number before the noun of the accuser's "de" phrase.
      {"les familles des quatre marins", "fr",
       "Les familles des quatre marins disparus ont porté plainte contre l'armateur pour homicide involontaire.",
       "homicide", "Les familles des quatre marins disparus", "l'armateur"},
      // A participle after a comma says it of the clause's subject.
      {", charged with", "en", "The two men were remanded in custody, charged with arson.", "arson", "",
       "The two men", "arson"},
      {", accused of", "en", "Tom Hale appeared in court on Monday, accused of fraud.", "fraud", "", "Tom Hale",
       "fraud"},
      // A verdict and a prosecution's request name their accused.
      {"a reconnu X coupable de", "fr", "Le tribunal a reconnu l'armateur coupable d'homicide involontaire.",
       "homicide", "Le tribunal", "l'armateur", "homicide involontaire"},
      {"a été reconnu coupable de", "fr", "L'ancien maire a été reconnu coupable de favoritisme.", "favoritisme", "",
       "L'ancien maire", "favoritisme"},
      {"a requis … contre X pour", "fr",
       "Le parquet a requis trois ans de prison contre l'ancien maire pour favoritisme.", "favoritisme",
       "Le parquet", "l'ancien maire", "favoritisme"},
      // "Elle y accuse": "y" is no impersonal "il y a".
      {"elle y accuse", "fr",
       "L'ONG Mer Libre a publié son rapport lundi. Elle y accuse l'armateur d'avoir falsifié des relevés.",
       "falsifié", "Mer Libre", "l'armateur"},
      // A legal step the prosecution reports is the prosecution's.
      {"…, a annoncé le parquet", "fr",
       "Paul Morin a été présenté vendredi à un juge en vue de sa mise en examen pour « escroquerie », a annoncé le "
       "parquet de Brest.",
       "escroquerie", "le parquet de Brest", "Paul Morin"},
      {"prosecutors said X was charged", "en", "Prosecutors said the former harbour master was charged with fraud.",
       "fraud", "Prosecutors", "the former harbour master"},
      // The first person inside a quotation is its speaker.
      {"« j'ai été accusé »", "fr", "« J'ai été accusé de vol par la direction du port », raconte Marc Delorme.",
       "vol", "la direction du port", "Marc Delorme"},
      {"« ils m'accusent »", "fr", "« Les armateurs m'accusent de mentir », a déclaré Marc Delorme.", "mentir",
       "Les armateurs", "Marc Delorme"},
      // An English adjective of nationality before a plural noun: the phrase
      // is the party, not the adjective.
      {"accused Chinese vessels of", "en", "The coast guard accused Chinese vessels of ramming a supply boat.",
       "ramming", "The coast guard", "Chinese vessels"},
      {"X said Russian troops had shelled", "en", "Local officials said Russian troops had shelled the port.",
       "shelled", "Local officials", "Russian troops"},
      // A verb in a relative clause has no charge past it: the legal noun
      // after it is the charge of who undergoes it.
      {"X who arrested him is facing an investigation for", "en",
       "The officer who arrested him is facing an investigation for gross misconduct.", "misconduct", "",
       "The officer", "gross misconduct"},
      // A verb form that modifies a noun cuts no charge.
      {"fined X for money laundering failures", "en",
       "The regulator fined the harbour bank $2 million for money laundering failures.", "laundering",
       "The regulator", "the harbour bank", "money laundering failures"},
      // A subject no list knows accuses, as the parse gives it.
      {"a former aide has filed a complaint", "en",
       "A former aide has filed a complaint against the harbour master for sexual harassment.", "harassment",
       "A former aide", "the harbour master"},
      {"un ancien collaborateur a porté plainte", "fr",
       "Un ancien collaborateur a porté plainte contre le directeur du port pour harcèlement moral.", "harcèlement",
       "Un ancien collaborateur", "le directeur du port"},
      // An adjective the tagger reads as the head noun, the real head in
      // apposition after it: the phrase runs over both.
      {"deux anciens cadres de X", "fr", "Deux anciens cadres de la criée seront jugés pour blanchiment aggravé.",
       "blanchiment", "", "Deux anciens cadres de la criée", "blanchiment aggravé"},
      // A legal noun behind its passive verb group: the accused after
      // "contre", the charge after its link.
      {"une plainte a été déposée contre X pour", "fr",
       "Une plainte a été déposée mardi contre le maire de Brévin pour diffamation.", "diffamation", "",
       "le maire de Brévin", "diffamation"},
      // A verb quoted after the auxiliary takes its object after the mark.
      {"d'avoir « bâclé » X", "fr", "L'avocat de la famille accuse les gendarmes d'avoir « bâclé » l'enquête.",
       "bâclé", "L'avocat de la famille", "les gendarmes", "avoir « bâclé » l'enquête"},
      // The agent of a participle on the object did the deed, however the
      // tagger reads the participle after a quotation or the parse hangs
      // its "par" phrase on the verb.
      {"« X » commises par Y", "fr",
       "Le maire a dénoncé « des dégradations inacceptables » commises par des supporters.", "dégradations",
       "Le maire", "des supporters"},
      {"X commises par Y", "fr", "Le maire a dénoncé des dégradations commises par des supporters.", "dégradations",
       "Le maire", "des supporters"},
      {"the 'X' committed by Y", "en", "The minister condemned the 'unacceptable violence' committed by rioters.",
       "violence", "The minister", "rioters"},
      // "stands accused", "got fined": passives of another verb than "be".
      {"stands accused of", "en", "The former chief executive stands accused of insider trading.", "insider", "",
       "The former chief executive", "insider trading"},
      {"got fined for", "en", "The skipper got fined for overfishing in the bay.", "overfishing", "", "The skipper"},
      // A sanction for a wrong, in the active: who sanctions, whom.
      {"suspended X for", "en", "The league suspended the striker for doping.", "doping", "The league", "the striker"},
      {"a licencié X pour faute grave", "fr", "Le club a licencié son entraîneur pour faute grave.", "faute",
       "Le club", "son entraîneur", "faute grave"},
      {"a expulsé trois X pour", "fr", "Le préfet a expulsé trois militants pour troubles à l'ordre public.",
       "troubles", "Le préfet", "trois militants"},
      // "alleged" before a noun: that noun is the charge, brought by nobody
      // named, against whose it is; inside a step's charge, nothing more.
      {"X's alleged Z", "en", "Police are examining Hale's alleged role in the raid, the court heard.", "role", "",
       "Hale", "role in the raid"},
      {"expelled over alleged Z", "en", "Two diplomats were expelled over alleged espionage.", "espionage", "",
       "Two diplomats", "alleged espionage"},
      // Holding a party responsible for a deed.
      {"tient X pour responsables de", "fr", "Le gouvernement tient les rebelles pour responsables de l'attaque.",
       "attaque", "Le gouvernement", "les rebelles"},
      // A sanction undergone, a court seized against a party.
      {"a écopé de X pour", "fr", "Le joueur a écopé d'une amende de 5 000 euros pour propos injurieux.", "injurieux", "",
       "Le joueur", "propos injurieux"},
      {"a saisi la justice contre X pour", "fr",
       "L'association a saisi la justice contre la préfecture pour atteinte à la liberté de manifester.", "atteinte",
       "L'association", "la préfecture"},
      // A manner phrase of wrongdoing: its doer is the verb's subject, not its object.
      {"a licencié X en toute illégalité", "fr",
       "Le syndicat affirme que l'entreprise a licencié des salariés en toute illégalité.", "illégalité", "Le syndicat",
       "l'entreprise"},
      // Facing accusations: the subject undergoes them, brings none.
      {"fait face à des accusations de", "fr", "La ministre fait face à des accusations de favoritisme.", "favoritisme",
       "", "La ministre"},
      // More legal steps and rebukes.
      {"épingle X", "fr", "Dans son rapport, la Cour des comptes épingle la gestion de l'hôpital de Brest.", "gestion",
       "la Cour des comptes", "l'hôpital de Brest"},
      {"a été écroué pour", "fr", "Le militant a été écroué pour violences sur un policier.", "violences", "", "Le militant"},
      {"renvoyé devant le tribunal pour", "fr",
       "Le maire sera renvoyé devant le tribunal correctionnel pour favoritisme.", "favoritisme", "", "Le maire"},
      {"were questioned over", "en", "Two dockers were questioned over the theft of fuel.", "theft", "", "Two dockers"},
      {"reprimanded X for", "en", "The regulator reprimanded the bank for misleading customers.", "misleading",
       "The regulator", "the bank"},
      {"probing X over", "en", "Police are probing the firm over alleged fraud.", "fraud", "Police", "the firm"},
      {"agreed to pay $X for", "en", "Northgate Ferries agreed to pay $5m for misleading passengers.", "misleading", "",
       "Northgate Ferries"},
      // An armed group is a party: "behind the attack" names its doer.
      {"X est derrière l'attaque", "fr", "Selon le porte-parole, la milice est derrière l'attaque du convoi.", "attaque",
       "le porte-parole", "la milice"},
      {"X was behind the attack", "en", "The spokesman said the militia was behind the attack on the convoy.", "attack",
       "The spokesman", "the militia"},
  };
  for_each_form(cases, [](const Case& c, auto& r) {
    const Accusation* a = r.accusation(c.needle);
    REQUIRE(a);
    if (*c.accuser) CHECK(r.party(a->accuser) == c.accuser);
    CHECK(r.party(a->accused) == c.accused);
    if (*c.charge) CHECK(charge(r, *a) == c.charge);
  });
  // The charge starts at the wrongdoing, inside the phrase the mentions
  // stage cut for the object ("l'armée de crimes").
  {
    const auto w = run("Un rapport de l'ONU accuse l'armée de crimes de guerre.", "fr");
    const Accusation* a = w.accusation("crimes");
    REQUIRE(a);
    CHECK(charge(w, *a) == "crimes de guerre");
    CHECK(w.party(a->accuser) == "ONU");
  }
  // No one is named as bringing the suspicion: the participle's agent is not.
  const auto r = run("L'ancien adjoint Bernard Mercier est soupçonné d'avoir favorisé une entreprise dirigée par son "
                     "beau-frère.",
                     "fr");
  const Accusation* a = r.accusation("favorisé");
  REQUIRE(a);
  CHECK(r.party(a->accuser).empty());
}

TEST_CASE("accusations: a 'par' inside quoted words names no accuser; a quoted accusation keeps its agent",
          "[accusations][fr]") {
  const auto r = run("La gérante est soupçonnée d'avoir vendu des navires à perte, une vente constitutive d'un « délit "
                     "de banqueroute par moyens ruineux ».", "fr");
  const Accusation* a = r.accusation("vendu");
  REQUIRE(a);
  CHECK(r.party(a->accuser).empty());
  CHECK(r.party(a->accused) == "La gérante");
  const auto q = run("« J'ai été accusé de vol par la direction du port », raconte Marc Delorme.", "fr");
  const Accusation* b = q.accusation("vol");
  REQUIRE(b);
  CHECK(q.party(b->accuser) == "la direction du port");
}

TEST_CASE("accusations: 'elle' after 'plusieurs hypothèses' is the party named before, not the hypotheses",
          "[accusations][fr]") {
  const auto r = run("L'association Vigie Cygnes a reçu le rapport d'autopsie. Elle émet plusieurs hypothèses, dont "
                     "celle d'un acte volontaire. Elle a donc porté plainte contre X pour « sévices graves ».", "fr");
  const Accusation* a = r.accusation("sévices");
  REQUIRE(a);
  CHECK(r.party(a->accuser) == "Vigie Cygnes");
}

TEST_CASE("accusations: what names no offence or no new one (one sentence per form)", "[accusations]") {
  const std::pair<const char*, const char*> none[] = {
      {"en", "The agency opened an investigation into the crash of the ferry."},
      {"en", "The trial of the century begins today in Leeds."},  // "of" names no party
      {"fr", "« Nous verrons s'ils ont falsifié les comptes », a déclaré l'enquêteur."},  // "s'ils": a hedge
      {"en", "Police held two men for questioning."},  // held for no offence
      {"en", "The minister blamed the floods on climate change."},  // a cause, no party
      {"fr", "Le maire dénonce la mairie de Brest pour la troisième fois."},  // a party, no deed
      {"en", "Amnesty International has documented abuses in three ports."},  // no doer named
      {"fr", "Il a qualifié ces accusations de « grotesques »."},             // taken up, not made
      {"fr", "L'association interpelle les pouvoirs publics pour limiter les abus."},  // arrests only in the passive
      {"fr", "Le maire a arrêté le projet pour raisons budgétaires."},
      // A person sentenced, no offence named: "condamner" takes a deed as its charge, not a person.
      {"fr", "Le tribunal de Brest a condamné Paul Arnaud mardi."},
      {"fr", "La ministre a été mise en cause."},  // a party is no charge
      // A sanction for a reason that is no wrong.
      {"fr", "La régate a été suspendue pour raisons de sécurité."},
      {"fr", "Un chalutier est impliqué dans une collision au large de Brest."},
      {"fr", "L'ONU a exprimé sa condamnation de l'attaque contre le port."},  // no charge link, no party
      // Ordered to pay: the object is a party, no deed.
      {"fr", "Le tribunal a condamné l'État à verser 10 000 euros à la famille du marin."},
      {"en", "The case against the skipper was dismissed for lack of evidence."},
      // "frapper" is a wrong only when a party does it.
      {"fr", "« La crise frappe durement les ménages du port », a déclaré l'économiste Marc Delorme."},
      {"en", "The harbour ministers held talks on Tuesday."},  // "hold" only with "on suspicion of"
      {"en", "The deckhand was detained for questioning."},
      {"fr", "« On nous impose des horaires impossibles », dénonce Julie Caradec, déléguée syndicale à Rennes."},
      // A wrong as a subject of policy: no deed asserted.
      {"fr", "« La fédération applique une tolérance zéro en matière de dopage », a écrit son président, Luc Ferrand."},
      {"fr", "« Le gouvernement poursuivra la lutte contre la corruption », a assuré le ministre Paul Arnaud."},
      {"en", "\"The council will keep up the fight against corruption,\" said the mayor, Ruth Okafor."},
      // After a legal step, a present infinitive says what for ("pour avoir
      // volé", a past one, names a deed).
      {"fr", "Le parquet de Brest a ouvert une enquête pour déterminer les causes du naufrage."},
      // A fault called one is criticism; the alleged victims accuse nobody.
      {"fr", "« C'est une faute grave du gouvernement », a dit le député Paul Arnaud."},
      {"en", "The alleged victims, three teenagers, spoke to police on Monday."},
      {"en", "The council suspended the works for safety reasons."},
      {"fr", "Le joueur a écopé d'un carton jaune à la dernière minute."},  // no charge
      {"fr", "Le syndicat tient à rappeler son opposition au projet."},
      {"en", "The teacher questioned the pupils about the fire."},  // asking, not a legal step
      {"en", "The council will pay for the repairs to the harbour wall."},  // paid for no wrong
      {"en", "\"I have nothing to hide,\" the skipper told the judges."},  // nothing hidden
      // "Criminal" of a procedure: no deed.
      {"fr", "Les enquêteurs privilégient la piste criminelle, a fait savoir le parquet."},
      {"en", "\"Detectives have opened a criminal investigation,\" the mayor said."},
  };
  for (const auto& [lang, text] : none) {
    INFO(text);
    CHECK(run(text, lang).analysis.accusations.empty());
  }
  // The same words where a party is said to have done it.
  CHECK(run("« Le directeur du port a touché des pots-de-vin », affirme le syndicaliste Luc Ferrand.", "fr")
            .accusation("pots-de-vin"));
  CHECK(run("\"The port director took kickbacks for years,\" said the union official, Luc Ferrand.", "en")
            .accusation("kickbacks"));
  // An arrest for what someone did, in an infinitive.
  CHECK(run("Il a été arrêté pour avoir volé une voiture.", "fr").accusation("avoir volé une voiture"));
  // A number word opening a sentence is no party's name.
  for (const auto& e : run("Two officers are facing charges.", "en").analysis.entities) CHECK(e.name != "Two");
}

TEST_CASE("accusations: 'implicate X in Z'", "[accusations][en]") {
  const auto r = run("The audit by the Greenway Institute implicates two senior officials in the misuse of "
                     "public funds.", "en");
  const Accusation* a = r.accusation("misuse");
  REQUIRE(a);
  CHECK(charge(r, *a) == "the misuse of public funds");
  CHECK(cue(r, *a) == "implicates");
  CHECK(r.party(a->accuser) == "the Greenway Institute");
  CHECK(r.party(a->accused) == "two senior officials");
}

TEST_CASE("accusations: who a fronted participle or 'visé par une plainte' says it of", "[accusations][fr][syntax]") {
  const auto r = run("Soupçonné de fraude fiscale, l'armateur a été placé en garde à vue.", "fr");
  const Accusation* a = r.accusation("fraude");
  REQUIRE(a);
  CHECK(charge(r, *a) == "fraude fiscale");
  CHECK(r.party(a->accused) == "l'armateur");
  const auto v = run("Le directeur du port est visé par une plainte pour harcèlement moral.", "fr");
  const Accusation* b = v.accusation("harcèlement");
  REQUIRE(b);
  CHECK(charge(v, *b) == "harcèlement moral");
  CHECK(v.party(b->accused) == "Le directeur du port");
}

TEST_CASE("accusations: a thing said to be wrong names no accused; a party said to be does", "[accusations][syntax]") {
  const auto r = run("Dans un arrêt rendu mardi, la cour d'appel a jugé que la procédure était illégale.", "fr");
  for (const auto& a : r.analysis.accusations) CHECK(r.party(a.accused).empty());
  const auto p = run("\"The harbour ministry was corrupt,\" said Tom Reyes.", "en");
  const Accusation* b = p.accusation("corrupt");
  REQUIRE(b);
  CHECK(p.party(b->accused) == "The harbour ministry");
}

TEST_CASE("accusations: legal steps that name the offence", "[accusations]") {
  SECTION("English passive 'was fined for … by'") {
    const auto r = run("The carrier Norlink was fined for misleading advertising by the regulator.", "en");
    const Accusation* a = r.accusation("misleading");
    REQUIRE(a);
    CHECK(a->kind == AccusationKind::Explicit);
    CHECK(charge(r, *a) == "misleading advertising");
    CHECK(r.party(a->accused) == "Norlink");
    CHECK(r.party(a->accuser) == "the regulator");
  }
  SECTION("English 'is being investigated for', no accuser named") {
    const auto r = run("A custody sergeant is being investigated for gross misconduct.", "en");
    const Accusation* a = r.accusation("misconduct");
    REQUIRE(a);
    CHECK(charge(r, *a) == "gross misconduct");
    CHECK_FALSE(a->accuser.has_value());
  }
  SECTION("English active 'arrested X for'") {
    const auto r = run("Police arrested the harbour master for the theft of a statue.", "en");
    const Accusation* a = r.accusation("theft");
    REQUIRE(a);
    CHECK(charge(r, *a) == "the theft of a statue");
    CHECK(r.party(a->accused) == "the harbour master");
    // A group no name finder lists starts after the verb, not at it.
    const auto r2 = run("Police arrested two dock workers for the theft of a statue.", "en");
    const Accusation* b = r2.accusation("theft");
    REQUIRE(b);
    CHECK(r2.party(b->accused) == "two dock workers");
  }
  SECTION("French participle in apposition: the charge stops where the clause goes on") {
    const auto r = run("Le maire, soupçonné de favoritisme, a démissionné.", "fr");
    const Accusation* a = r.accusation("favoritisme");
    REQUIRE(a);
    CHECK(charge(r, *a) == "favoritisme");
    CHECK(r.party(a->accused) == "Le maire");
    CHECK(cue(r, *a) == "soupçonné");
  }
  SECTION("French 'placé en garde à vue pour'") {
    const auto r = run("L'ancien trésorier a été placé en garde à vue pour abus de confiance.", "fr");
    const Accusation* a = r.accusation("abus");
    REQUIRE(a);
    CHECK(charge(r, *a) == "abus de confiance");
    CHECK(r.party(a->accused) == "L'ancien trésorier");
  }
}

TEST_CASE("accusations: condemning a deed accuses its doer, named by the parse", "[accusations][syntax]") {
  // The agent of the participle, past another name in the charge.
  const auto fr = run("Le maire Paul Berthier a dénoncé les propos tenus sur Lyon par le député Marc Olier.", "fr");
  const Accusation* a = fr.accusation("propos");
  REQUIRE(a);
  CHECK(fr.party(a->accuser) == "Paul Berthier");
  CHECK(fr.party(a->accused) == "Marc Olier");

  // A genitive: whose the deed is.
  const auto en = run("The mayor, Paul Berthier, condemned Harwick's attacks on the port workers.", "en");
  const Accusation* b = en.accusation("attacks");
  REQUIRE(b);
  CHECK(en.party(b->accuser) == "Paul Berthier");
  CHECK(en.party(b->accused) == "Harwick");
}

TEST_CASE("accusations: an arrest 'on' a day or a spot names no offence", "[accusations][en]") {
  const auto r = run("Police arrested the driver on the spot and released him on Monday.", "en");
  CHECK(r.analysis.accusations.empty());
  const auto f = run("Police arrested the driver for dangerous driving on Monday.", "en");
  CHECK(f.accused_in("dangerous driving") == "the driver");
}

TEST_CASE("accusations: a number word opens no name, and when it happened is no part of the charge", "[accusations][en]") {
  const auto r = run("Two executives were indicted on fraud charges on Monday.", "en");
  const Accusation* a = r.accusation("fraud");
  REQUIRE(a);
  CHECK(r.party(a->accused) == "Two executives");
  CHECK(charge(r, *a) == "fraud charges");
  // Neither a day nor a year after a one-word charge.
  const auto d = run("Prosecutors charged three harbour officials with fraud on Monday.", "en");
  const Accusation* b = d.accusation("fraud");
  REQUIRE(b);
  CHECK(charge(d, *b) == "fraud");
  const auto y = run("The former mayor was convicted of bribery in 2019.", "en");
  const Accusation* c = y.accusation("bribery");
  REQUIRE(c);
  CHECK(charge(y, *c) == "bribery");
}

TEST_CASE("accusations: parties that accuse each other are one accusation each way", "[accusations][syntax]") {
  auto pairs = [](const Result& r) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& a : r.analysis.accusations) out.emplace_back(r.party(a.accuser), r.party(a.accused));
    return out;
  };
  using Pairs = std::vector<std::pair<std::string, std::string>>;
  const auto en = run("Norland and Vestria accused each other of arming the militia on Tuesday.", "en");
  CHECK(pairs(en) == Pairs{{"Norland", "Vestria"}, {"Vestria", "Norland"}});
  for (const auto& a : en.analysis.accusations) CHECK(charge(en, a) == "arming the militia");

  // French: "mutuellement" between the auxiliary and the participle, and the
  // bare reflexive; "se sont accusés" is no passive.
  for (const char* text : {"Orvex et Norsel se sont mutuellement accusés de fraude.",
                           "Orvex et Norsel s'accusent de fraude."}) {
    const auto fr = run(text, "fr");
    CHECK(pairs(fr) == Pairs{{"Orvex", "Norsel"}, {"Norsel", "Orvex"}});
    for (const auto& a : fr.analysis.accusations) CHECK(charge(fr, a) == "fraude");
  }

  // One party only: nobody is named as accused ("each other" is no party).
  const auto one = run("The two campaigns accused one another of lying.", "en");
  REQUIRE(one.analysis.accusations.size() == 1);
  CHECK_FALSE(one.analysis.accusations[0].accused);
}

TEST_CASE("accusations: who rejects accusations is the one they accuse", "[accusations][syntax]") {
  SECTION("a genitive accuser") {
    const auto r = run("The ministry rejected the union's accusations of negligence at the port.", "en");
    const Accusation* a = r.accusation("negligence");
    REQUIRE(a);
    CHECK(r.party(a->accuser).find("union") != std::string::npos);
    CHECK(r.party(a->accused) == "The ministry");
  }
  SECTION("an accuser after 'by'") {
    const auto r = run("Orvex dismissed allegations by the dockers' union of unpaid overtime.", "en");
    const Accusation* a = r.accusation("unpaid overtime");
    REQUIRE(a);
    CHECK(charge(r, *a) == "unpaid overtime");
    CHECK(r.party(a->accuser).find("union") != std::string::npos);
    CHECK(r.party(a->accused) == "Orvex");
  }
  SECTION("French: the accuser after 'de', the charge after 'sur'") {
    const auto r = run("La mairie rejette les accusations du syndicat Solidarité Rail sur la gestion du port.", "fr");
    const Accusation* a = r.accusation("gestion");
    REQUIRE(a);
    CHECK(charge(r, *a) == "la gestion du port");
    CHECK(r.party(a->accuser) == "Solidarité Rail");
    CHECK(r.party(a->accused) == "La mairie");
  }
  SECTION("French: the agent of 'portées par' accuses, and is no part of the charge") {
    const auto r = run("Le ministre a démenti les accusations de corruption portées par l'opposition.", "fr");
    const Accusation* a = r.accusation("corruption");
    REQUIRE(a);
    CHECK(charge(r, *a) == "corruption");
    CHECK(r.party(a->accuser) == "l'opposition");
    CHECK(r.party(a->accused) == "Le ministre");
  }
  SECTION("a charge with 'sur' and no party stays whole") {
    const auto r = run("Paul Arnaud a évoqué des accusations de corruption sur le chantier du port.", "fr");
    const Accusation* a = r.accusation("corruption");
    REQUIRE(a);
    CHECK(charge(r, *a).find("corruption sur le chantier") == 0);
  }
}

TEST_CASE("accusations: a wrong said of a document accuses its publisher", "[accusations][syntax]") {
  const auto en = run("Harbour Watch published a report on Thursday. The minister, Paul Dorn, said the report was biased.", "en");
  const Accusation* a = en.accusation("biased");
  REQUIRE(a);
  CHECK(en.party(a->accuser) == "Paul Dorn");
  CHECK(en.party(a->accused) == "Harbour Watch");

  const auto fr = run("Le syndicat a publié un rapport mardi. Le ministre a estimé que le rapport était mensonger.", "fr");
  const Accusation* b = fr.accusation("mensonger");
  REQUIRE(b);
  CHECK(fr.party(b->accuser) == "Le ministre");
  CHECK(fr.party(b->accused) == "Le syndicat");
}

TEST_CASE("accusations: which 'de' opens the charge, and where the accused ends", "[accusations][syntax]") {
  // The charge's "de" is no part of the accused, however the parse hangs it.
  const auto r = run("Les autorités portuaires accusent les dockers de sabotage.", "fr");
  const auto* a = r.accusation("sabotage");
  REQUIRE(a);
  CHECK(charge(r, *a) == "sabotage");
  CHECK(r.party(a->accused) == "les dockers");
  CHECK(r.party(a->accuser) == "Les autorités portuaires");

  // A "de" inside the accused's noun phrase, then the one of the infinitive.
  const auto inf = run("Le parquet de Brest accuse la femme d'affaires bretonne d'avoir dissimulé des recettes.", "fr");
  const auto* ai = inf.accusation("dissimulé");
  REQUIRE(ai);
  CHECK(charge(inf, *ai) == "avoir dissimulé des recettes");
  CHECK(inf.party(ai->accused) == "la femme d'affaires bretonne");
}

TEST_CASE("accusations: the agent after the charge of a passive, a number opening it", "[accusations]") {
  const auto r = run("The harbour master was accused of taking bribes by two former aides.", "en");
  const auto* a = r.accusation("bribes");
  REQUIRE(a);
  CHECK(charge(r, *a) == "taking bribes");
  CHECK(r.party(a->accuser) == "two former aides");
  CHECK(r.party(a->accused) == "The harbour master");
}

TEST_CASE("accusations: a verb form the tagger reads as an adjective is no wrongdoing", "[accusations][syntax]") {
  // "violent" is also "ils violent" (violer): here an adjective.
  const auto r = run("« Le cygne a subi un choc violent », a expliqué la vétérinaire, Anne Morel.", "fr");
  CHECK(r.analysis.accusations.empty());
  // The verb itself still is one.
  const auto v = run("« Ils violent la loi chaque jour », a déclaré la vétérinaire, Anne Morel.", "fr");
  REQUIRE(v.analysis.accusations.size() == 1);
  CHECK(v.analysis.accusations[0].kind == AccusationKind::Implicit);
}

TEST_CASE("accusations: a legal noun needs a party it targets", "[accusations][syntax]") {
  // Who faces a legal step is its accused.
  const auto r = run("The former harbour master is facing a lawsuit for fraud.", "en");
  const auto* a = r.accusation("fraud");
  REQUIRE(a);
  CHECK(r.party(a->accused) == "The former harbour master");
  // A legal step that targets nobody named is no accusation.
  const auto n = run("A lawsuit for damages was filed on Monday in the county court.", "en");
  CHECK(n.analysis.accusations.empty());
}

TEST_CASE("accusations: who suffers a wrong named by an active verb is not its accused", "[accusations][syntax]") {
  // The doer is unnamed; the victim after the verb must not take its place.
  const auto r = run("\"We know who killed the mayor of Ardenne,\" said Ana Diaz.", "en");
  const auto* a = r.accusation("killed");
  REQUIRE(a);
  CHECK_FALSE(a->accused);
  // A named doer is still the accused.
  const auto d = run("\"The militia killed the mayor of Ardenne,\" said Ana Diaz.", "en");
  const auto* ad = d.accusation("killed");
  REQUIRE(ad);
  CHECK_THAT(d.party(ad->accused), Catch::Contains("militia"));
}

TEST_CASE("accusations: 'de vouloir + infinitive' is one charge, quoted words closed", "[accusations][syntax]") {
  // The tagger may take "vouloir" for a noun: the infinitive after it still
  // belongs to the charge.
  const auto r = run("L'avocate accuse le procureur de vouloir mettre une pression médiatique sur les juges.", "fr");
  const auto* a = r.accusation("vouloir");
  REQUIRE(a);
  CHECK(charge(r, *a) == "vouloir mettre une pression médiatique sur les juges");
  CHECK_THAT(r.party(a->accused), Catch::Contains("procureur"));
  // A quotation that opens inside the charge keeps its closing mark.
  const auto q = run("L'avocate accuse le procureur de vouloir mettre « une pression médiatique sur les juges ».", "fr");
  const auto* aq = q.accusation("vouloir");
  REQUIRE(aq);
  CHECK(charge(q, *aq) == "vouloir mettre « une pression médiatique sur les juges »");
}

TEST_CASE("accusations: who faces or settles them is accused, not their accuser", "[accusations][en]") {
  for (const char* text : {"The mayor faces accusations of bribery.", "The mayor faces charges of bribery."}) {
    const auto r = run(text, "en");
    INFO(text);
    CHECK(r.accused_in("bribery") == "The mayor");
    CHECK(r.accuser_in("bribery").empty());
  }
  const auto r = run("The company agreed to pay $10m to settle allegations that it overcharged customers.", "en");
  CHECK(r.accused_in("overcharged") == "The company");
  CHECK(r.accuser_in("overcharged").empty());
}
