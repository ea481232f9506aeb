// Quote detection: each quote type, content spans per GUIDELINES.md, scare
// quotes, nested and split quotes.
#include <catch2/catch.hpp>

#include "test_pipeline_helpers.hpp"

using saywho::QuoteType;
using saywho::testing::for_each_form;
using saywho::testing::run;

TEST_CASE("direct quote before an inverted cue (French)", "[quotes]") {
  auto r = run("« Nous ne céderons pas », a déclaré Paul Ferrand, maire de Villecourt.", "fr");
  const auto* q = r.quote("Nous ne céderons pas");
  REQUIRE(q);
  CHECK(q->type == QuoteType::Direct);
  CHECK(r.content(*q) == "Nous ne céderons pas");  // marks excluded
  CHECK(r.cue(*q) == "a déclaré");
  CHECK(r.speaker(*q) == "Paul Ferrand");
}

TEST_CASE("direct quote introduced by a colon (English)", "[quotes]") {
  auto r = run("Council member Ana Ruiz said: \"The budget is a fantasy.\"", "en");
  const auto* q = r.quote("The budget is a fantasy");
  REQUIRE(q);
  CHECK(q->type == QuoteType::Direct);
  CHECK(r.cue(*q) == "said");
  CHECK(r.speaker(*q) == "Ana Ruiz");
}

TEST_CASE("indirect quote: the que/that clause without the complementizer", "[quotes]") {
  auto r = run("Le ministre de l'Agriculture a affirmé que les récoltes seraient excellentes cette année.", "fr");
  const auto* q = r.quote("récoltes");
  REQUIRE(q);
  CHECK(q->type == QuoteType::Indirect);
  CHECK(r.content(*q) == "les récoltes seraient excellentes cette année");
  CHECK(r.cue(*q) == "a affirmé");

  auto e = run("The company's chief executive, Mark Olsen, said that sales had doubled since March.", "en");
  const auto* qe = e.quote("sales");
  REQUIRE(qe);
  CHECK(qe->type == QuoteType::Indirect);
  CHECK(e.content(*qe) == "sales had doubled since March");
  CHECK(e.speaker(*qe) == "Mark Olsen");
}

TEST_CASE("indirect quote before an inverted cue: the clause before it", "[quotes]") {
  auto r = run("Les négociations reprendront la semaine prochaine, a indiqué M. Dubreuil.", "fr");
  const auto* q = r.quote("négociations");
  REQUIRE(q);
  CHECK(q->type == QuoteType::Indirect);
  CHECK(r.content(*q) == "Les négociations reprendront la semaine prochaine");
  CHECK(r.cue(*q) == "a indiqué");
  CHECK(r.mention(*q) == "M. Dubreuil");

  auto e = run("The bridge will reopen in June, the transport minister said.", "en");
  const auto* qe = e.quote("bridge");
  REQUIRE(qe);
  CHECK(e.content(*qe) == "The bridge will reopen in June");
  CHECK(e.cue(*qe) == "said");
  CHECK(e.mention(*qe) == "the transport minister");
}

TEST_CASE("English clause without 'that'", "[quotes]") {
  auto r = run("Ms. Harlow said the figures were unreliable.", "en");
  const auto* q = r.quote("figures");
  REQUIRE(q);
  CHECK(r.content(*q) == "the figures were unreliable");
  CHECK(r.speaker(*q) == "Harlow");
  // A gerund's clause with its subject and finite verb.
  auto g = run("Ms. Harlow appealed the ruling, saying it ignored the evidence.", "en");
  const auto* qg = g.quote("ignored");
  REQUIRE(qg);
  CHECK(g.content(*qg) == "it ignored the evidence");
  CHECK(g.cue(*qg) == "saying");
  // No verb, no clause: what follows is the object.
  auto n = run("Officials have said little about the cause of the fire.", "en");
  CHECK(n.analysis.quotes.empty());
  // A verb the tagger reads as an adjective, between its subject and object.
  auto v = run("The audit says the company misled investors.", "en");
  const auto* qv = v.quote("misled");
  REQUIRE(qv);
  CHECK(v.content(*qv) == "the company misled investors");
}

TEST_CASE("mixed quote: reported speech holding quoted words", "[quotes]") {
  auto r = run("Le syndicat a estimé que la réforme était « une provocation ».", "fr");
  const auto* q = r.quote("réforme");
  REQUIRE(q);
  CHECK(q->type == QuoteType::Mixed);
  CHECK(r.content(*q) == "la réforme était « une provocation »");

  auto d = run("L'opposition a dénoncé une « mascarade électorale ».", "fr");
  const auto* qd = d.quote("mascarade");
  REQUIRE(qd);
  CHECK(qd->type == QuoteType::Mixed);
  CHECK(d.content(*qd) == "une « mascarade électorale »");
  CHECK(d.cue(*qd) == "a dénoncé");
}

TEST_CASE("a name for something in quotes after a verb: direct, the quoted words only", "[quotes]") {
  auto r = run("The governor called the decision \"a disgrace.\"", "en");
  const auto* q = r.quote("disgrace");
  REQUIRE(q);
  CHECK(r.content(*q).find("the decision") == std::string::npos);
  auto f = run("Le procureur a qualifié ces faits de « crimes odieux ».", "fr");
  const auto* qf = f.quote("crimes odieux");
  REQUIRE(qf);
  CHECK(qf->type == QuoteType::Direct);
  CHECK(f.content(*qf) == "crimes odieux");
}

TEST_CASE("according to: content is the clause the source supports", "[quotes]") {
  auto r = run("Selon la police, trois personnes ont été interpellées.", "fr");
  const auto* q = r.quote("interpellées");
  REQUIRE(q);
  CHECK(q->type == QuoteType::According);
  CHECK(r.content(*q) == "trois personnes ont été interpellées");
  CHECK(r.cue(*q) == "Selon");

  auto after = run("Le bilan s'élève à douze morts, d'après les secours.", "fr");
  const auto* qa = after.quote("bilan");
  REQUIRE(qa);
  CHECK(qa->type == QuoteType::According);
  CHECK(after.content(*qa) == "Le bilan s'élève à douze morts");
  CHECK(after.cue(*qa) == "d'après");

  auto e = run("The factory will close in May, according to a union official.", "en");
  const auto* qe = e.quote("factory");
  REQUIRE(qe);
  CHECK(qe->type == QuoteType::According);
  CHECK(e.content(*qe) == "The factory will close in May");
  CHECK(e.cue(*qe) == "according to");

  // The source's own participle apposition is no part of what it says.
  auto p = run("Selon le parquet, cité par l'AFP, trois suspects ont été arrêtés.", "fr");
  const auto* qp = p.quote("suspects");
  REQUIRE(qp);
  CHECK(p.content(*qp) == "trois suspects ont été arrêtés");
}

TEST_CASE("'à ses yeux', 'aux yeux de X', 'in her view': whose view it is", "[quotes][attribution]") {
  auto r = run("« Nous irons jusqu'au bout », a déclaré la présidente du syndicat, Anne Morel. À ses yeux, "
               "la réforme est une erreur. Aux yeux du préfet Paul Renaud, la grève doit cesser.", "fr");
  const auto* q = r.quote("réforme");
  REQUIRE(q);
  CHECK(q->type == QuoteType::According);
  CHECK(r.content(*q) == "la réforme est une erreur");
  CHECK(r.cue(*q) == "À ses yeux");
  CHECK(r.speaker(*q) == "Anne Morel");
  const auto* p = r.quote("grève");
  REQUIRE(p);
  CHECK(r.cue(*p) == "Aux yeux du");
  CHECK(r.speaker(*p) == "Paul Renaud");
  // In an incise, the view is not that of the sentence's own subject.
  auto i = run("Le député Marc Olier a critiqué le ministre. Le maire n'a, à ses yeux, jamais réussi à "
               "convaincre ses collègues.", "fr");
  const auto* qi = i.quote("convaincre");
  REQUIRE(qi);
  CHECK(i.speaker(*qi) == "Marc Olier");
  auto e = run("The senator Ann Blake spoke on Monday. In her view, the plan will fail.", "en");
  const auto* qe = e.quote("plan");
  REQUIRE(qe);
  CHECK(qe->type == QuoteType::According);
  CHECK(e.content(*qe) == "the plan will fail");
  CHECK(e.speaker(*qe) == "Ann Blake");
}

TEST_CASE("a clause then its cue and an inverted subject no list knows", "[quotes][attribution][syntax]") {
  auto r = run("La rue n'a jamais été aussi calme, témoigne une riveraine.", "fr");
  const auto* q = r.quote("calme");
  REQUIRE(q);
  CHECK(r.content(*q) == "La rue n'a jamais été aussi calme");
  CHECK(r.speaker(*q) == "une riveraine");
  auto e = run("The works will last two years, said a shopkeeper.", "en");
  const auto* qe = e.quote("works");
  REQUIRE(qe);
  CHECK(e.content(*qe) == "The works will last two years");
  CHECK(e.speaker(*qe) == "a shopkeeper");
  // The sentence opens on the cue's own subject: what follows the cue is
  // its object, and nothing is said before it.
  auto n = run("Le rapport de l'inspection, que le journal a pu consulter, pointe des manquements graves.", "fr");
  CHECK(n.analysis.quotes.empty());
  // Welcomed by a party is not said by it.
  CHECK(run("« Le port restera ouvert. » Une décision saluée par les dockers.", "fr").analysis.quotes.empty());
  // A clause whose subject is no party, a colon and a quotation: nobody speaks.
  CHECK(run("Le bilan est lourd : « quarante morts et des centaines de blessés ».", "fr").analysis.quotes.empty());
  // However the parse reads the relative clause after it.
  auto d = run("Le document, dont la radio a obtenu une copie, détaille les mesures du plan.", "fr");
  CHECK(d.analysis.quotes.empty());
}

TEST_CASE("a reported question after a cue that asks", "[quotes][syntax]") {
  auto r = run("La présidente du syndicat, Anne Morel, s'est aussi demandé s'il existait un plan de secours.", "fr");
  const auto* q = r.quote("plan de secours");
  REQUIRE(q);
  CHECK(r.content(*q) == "il existait un plan de secours");
  CHECK(r.speaker(*q) == "Anne Morel");
  auto e = run("The mayor, Ann Blake, asked whether the council had checked the figures.", "en");
  const auto* qe = e.quote("figures");
  REQUIRE(qe);
  CHECK(e.content(*qe) == "the council had checked the figures");
  CHECK(e.speaker(*qe) == "Ann Blake");
  // Whoever is asked does not speak the question.
  auto a = run("When asked if the plant would close, a company spokesman said no decision had been taken.", "en");
  CHECK_FALSE(a.quote("plant would close"));
}

TEST_CASE("according to figures compiled by X: X is the source", "[quotes][syntax]") {
  auto e = run("According to figures compiled by the Harbour Agency, 120 boats have sunk since May.", "en");
  const auto* q = e.quote("boats");
  REQUIRE(q);
  CHECK(q->type == QuoteType::According);
  CHECK(e.content(*q) == "120 boats have sunk since May");
  CHECK(e.speaker(*q) == "the Harbour Agency");
  auto f = run("Selon un décompte établi par l'Agence fluviale à partir de sources officielles, 120 bateaux ont "
               "coulé depuis mai.", "fr");
  const auto* qf = f.quote("bateaux");
  REQUIRE(qf);
  CHECK(f.content(*qf) == "120 bateaux ont coulé depuis mai");
  CHECK_THAT(f.speaker(*qf), Catch::Contains("Agence fluviale"));
}

TEST_CASE("according to with a quotation: the quoted words, marks excluded", "[quotes]") {
  auto r = run("Selon Greenpeace, « la centrale n'est pas sûre ».", "fr");
  const auto* q = r.quote("centrale");
  REQUIRE(q);
  CHECK(q->type == QuoteType::According);
  CHECK(r.content(*q) == "la centrale n'est pas sûre");
}

TEST_CASE("a quotation in apposition with its own 'selon X' / 'according to X'", "[quotes]") {
  // The source's words for the thing named before them, and only those.
  auto r = run("La grève de lundi, « une erreur » selon le ministre Paul Arnaud, aura bien lieu.", "fr");
  const auto* q = r.quote("une erreur");
  REQUIRE(q);
  CHECK(q->type == QuoteType::According);
  CHECK(r.content(*q) == "une erreur");
  CHECK(r.speaker(*q) == "Paul Arnaud");
  auto e = run("The strike, \"a disaster\" according to the minister, will go ahead on Monday.", "en");
  const auto* qe = e.quote("disaster");
  REQUIRE(qe);
  CHECK(e.content(*qe) == "a disaster");
  CHECK(e.mention(*qe) == "the minister");
  // With a comma before the marker, and "pour", which otherwise opens a
  // sentence only ("Pour la maire, …").
  auto p = run("Les trois prévenus restent muets, « un repentir de façade », pour le procureur Hugo Vallet.", "fr");
  const auto* qp = p.quote("repentir");
  REQUIRE(qp);
  CHECK(qp->type == QuoteType::According);
  CHECK(p.content(*qp) == "un repentir de façade");
  CHECK(p.speaker(*qp) == "Hugo Vallet");
  // "pour la première fois" names nobody: no source, no according quote.
  auto n = run("Il a parlé de « progrès », pour la première fois.", "fr");
  bool according = false;
  for (const auto& quote : n.analysis.quotes) according |= quote.type == QuoteType::According;
  CHECK_FALSE(according);
}

TEST_CASE("a quotation never closed does not carry a reported clause past its sentence", "[quotes]") {
  auto r = run("Le porte-parole affirme que la mairie « n'a rien caché aux habitants. Évoquant le budget, "
               "il a ensuite quitté la salle.",
               "fr");
  const auto* q = r.quote("rien caché");
  REQUIRE(q);
  CHECK(r.content(*q) == "la mairie « n'a rien caché aux habitants");
  CHECK(r.content(*q).find("Évoquant") == std::string::npos);
}

TEST_CASE("what opens a sentence before its subject is no clause said by it", "[quotes]") {
  // The subject in apposition, then the cue and its own clause.
  auto r = run("Shortly after the vote, Mara Lind, a council member, warned residents will pay more.", "en");
  REQUIRE(r.analysis.quotes.size() == 1);
  CHECK(r.content(r.analysis.quotes.front()) == "residents will pay more");
  CHECK(r.speaker(r.analysis.quotes.front()) == "Mara Lind");
  // An opening adverbial, then a commitment with its infinitive: nothing said.
  CHECK(run("In this case, the utility has agreed to stop such charges – on phone and internet bills.", "en")
            .analysis.quotes.empty());
  // A clause said, then its cue and a time adjunct: still a quote.
  auto t = run("The levy is lawful, the utility said on Tuesday.", "en");
  REQUIRE(t.quote("levy is lawful"));
}

TEST_CASE("the reported clause keeps its subject when the parse hangs it on the cue", "[quotes][syntax]") {
  auto r = run("A source close to the investigation said the works could take months.", "en");
  const auto* q = r.quote("could take months");
  REQUIRE(q);
  CHECK(r.content(*q) == "the works could take months");
}

TEST_CASE("'pointer', 'épingler': speech acts with the quoted words they point at", "[quotes]") {
  auto r = run("Le rapport de l'inspection pointe des « dysfonctionnements graves » dans la gestion du port.", "fr");
  const auto* q = r.quote("dysfonctionnements");
  REQUIRE(q);
  CHECK(q->type == QuoteType::Direct);
  CHECK(r.cue(*q) == "pointe");
  // Without quoted words, an act says nothing: no quote.
  CHECK(run("Le maire pointe du doigt les élus de l'opposition.", "fr").analysis.quotes.empty());
}

TEST_CASE("a quotation split by an incise that ends its sentence", "[quotes][attribution]") {
  // "son PDG" is a role in capitals; the incise runs to its full stop.
  auto r = run("« Nous avons suspendu la vente des radiateurs, a précisé son PDG, Laurent Vasseur, joint par "
               "téléphone. Aucun client ne sera lésé. »",
               "fr");
  const auto* a = r.quote("suspendu la vente");
  const auto* b = r.quote("Aucun client");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(r.content(*b) == "Aucun client ne sera lésé.");
  CHECK(r.speaker(*a) == "Laurent Vasseur");
  CHECK(r.speaker(*b) == "Laurent Vasseur");
}

TEST_CASE("a plain-present cue agrees with the subject the parse gives, not the word before it", "[quotes][syntax]") {
  auto r = run("Lawyers for the family argue that the clinic ignored clear warning signs.", "en");
  const auto* q = r.quote("clinic ignored");
  REQUIRE(q);
  CHECK(r.cue(*q) == "argue");
}

TEST_CASE("a subject with a participle between commas is no clause said before its verb", "[quotes][syntax]") {
  // Not "…, accuse la police": the report is the subject, nothing is reported.
  auto r = run("Le rapport de l'ONG Vigie Droits, rendu public mardi, accuse la police de violences.", "fr");
  bool reported_subject = false;
  for (const auto& q : r.analysis.quotes) reported_subject |= r.content(q).find("rendu public") != std::string::npos;
  CHECK_FALSE(reported_subject);
}

TEST_CASE("scare quotes and names in quotes are not quotes", "[quotes]") {
  auto r = run("Le groupe de pirates « Sombre Marée » a revendiqué l'attaque contre la « citadelle numérique » du pays.",
               "fr");
  CHECK(r.analysis.quotes.empty());
  auto e = run("Hackers from the \"Blue Lantern\" group breached the network last week.", "en");
  CHECK(e.analysis.quotes.empty());
}

TEST_CASE("a quote split by its cue gives one quote per quoted span", "[quotes]") {
  auto r = run("« Nous avons tout essayé, a-t-elle expliqué. Le dialogue est rompu. »", "fr");
  const auto* a = r.quote("Nous avons tout essayé");
  const auto* b = r.quote("Le dialogue est rompu");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a != b);
  CHECK(r.content(*a) == "Nous avons tout essayé");
  CHECK(r.cue(*a) == "a-t-elle expliqué");
  CHECK(r.cue(*b) == "a-t-elle expliqué");

  auto e = run("\"We tried everything,\" said Tom Baker. \"The talks are dead.\"", "en");
  const auto* ea = e.quote("We tried everything");
  const auto* eb = e.quote("The talks are dead");
  REQUIRE(ea);
  REQUIRE(eb);
  CHECK(e.content(*ea) == "We tried everything");  // the comma before the cue is not said
  CHECK(e.speaker(*ea) == "Tom Baker");
  CHECK(e.speaker(*eb) == "Tom Baker");
}

TEST_CASE("a quotation that goes on after the cue's incise is the cue's second quote", "[quotes]") {
  auto e = run("\"We are ready,\" she told reporters on Monday, \"and we will win.\"", "en");
  const auto* a = e.quote("We are ready");
  const auto* b = e.quote("we will win");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a != b);
  CHECK(e.cue(*b) == "told reporters");
  CHECK(e.mention(*b) == "she");
  auto f = run("« Nous sommes prêts », a déclaré Anne Morel, « et nous gagnerons ».", "fr");
  const auto* c = f.quote("nous gagnerons");
  REQUIRE(c);
  CHECK(f.content(*c) == "et nous gagnerons");
  CHECK(f.speaker(*c) == "Anne Morel");
}

TEST_CASE("a quote inside a quote is marked, with its parent", "[quotes]") {
  auto r = run("« D'après cette étude, le lac a perdu la moitié de ses poissons », a précisé Mme Garnier.", "fr");
  const auto* outer = r.quote_starting("D'après cette étude");
  const auto* inner = r.quote_starting("le lac a perdu");
  REQUIRE(outer);
  REQUIRE(inner);
  REQUIRE(outer != inner);
  CHECK(outer->type == QuoteType::Direct);
  CHECK(inner->type == QuoteType::According);
  CHECK(r.content(*inner) == "le lac a perdu la moitié de ses poissons");
  REQUIRE(inner->parent);
  CHECK(*inner->parent == outer->id);
  CHECK(r.mention(*inner) == "cette étude");  // a document is the source
}

TEST_CASE("quotes of several paragraphs: one quote per quoted span", "[quotes]") {
  auto r = run("La juge Irène Vasseur a lu sa décision :\n"
               "« Les preuves présentées sont insuffisantes.\n"
               "« Le prévenu est donc relaxé. »\n", "fr");
  const auto* a = r.quote("preuves");
  const auto* b = r.quote("relaxé");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a != b);
  CHECK(r.speaker(*b) == "Irène Vasseur");
}

TEST_CASE("empty and cue-less text gives no quote", "[quotes]") {
  CHECK(run("", "fr").analysis.quotes.empty());
  CHECK(run("Il pleut sur Lyon depuis trois jours.", "fr").analysis.quotes.empty());
  CHECK(run("The reports were filed on Monday.", "en").analysis.quotes.empty());
}

TEST_CASE("« Pour X, … »: an opinion attributed to a person or an organisation", "[quotes]") {
  auto r = run("Pour Odile Brun, ancienne ingénieure du chantier, ces fissures n’ont rien de nouveau.\n"
               "Pour le syndicat, cette réforme est injuste.\n"
               "Pour la première fois, la commune a voté contre le budget.", "fr");
  const auto* a = r.quote("ces fissures");
  REQUIRE(a);
  CHECK(a->type == QuoteType::According);
  CHECK(r.content(*a) == "ces fissures n’ont rien de nouveau");  // the apposition is not what is said
  CHECK(r.speaker(*a) == "Odile Brun");
  const auto* b = r.quote("cette réforme");
  REQUIRE(b);
  CHECK(r.speaker(*b) == "le syndicat");
  CHECK_FALSE(r.quote("la commune a voté"));  // "pour la première fois" names nobody
  // "Pour X, Y a déclaré …": "as for X"; the words are Y's.
  auto y = run("Pour le maire Paul Arnaud, son adjoint a déclaré que la ville paierait.", "fr");
  REQUIRE(y.analysis.quotes.size() == 1);
  CHECK(y.content(y.analysis.quotes[0]) == "la ville paierait");
  CHECK(y.speaker(y.analysis.quotes[0]) == "son adjoint");
}

TEST_CASE("a speech act's quoted object behind an apposition or a relative clause", "[quotes]") {
  auto e = run("The trust accused the regulator, the Harbour Authority, of “looking the other way” "
                                "while the dredging went on.", "en");
  const auto* q = e.quote("looking the other way");
  REQUIRE(q);
  CHECK(q->type == QuoteType::Mixed);
  CHECK(e.content(*q).rfind("the regulator, the Harbour Authority, of", 0) == 0);
  auto f = run("L'association accuse la société Valcor, qui exploite la carrière depuis 2001, "
                                "d'avoir « ignoré tous les signalements ».", "fr");
  const auto* g = f.quote("ignoré tous les signalements");
  REQUIRE(g);
  CHECK(g->type == QuoteType::Mixed);
  // A quoted name inside an apposition is not what the accuser says.
  auto n = run("Des parents accusent le laboratoire Somna, leader du marché avec sa gamme « Nuits "
                                "Calmes », de vendre sans contrôle.", "fr");
  CHECK_FALSE(n.quote("Nuits Calmes"));
}

TEST_CASE("a directive and its infinitive: what the speaker urges", "[quotes]") {
  auto f = run("L'agence recommande de ne plus donner de mélatonine aux enfants de moins de douze ans.", "fr");
  const auto* q = f.quote("ne plus donner");
  REQUIRE(q);
  CHECK(q->type == QuoteType::Indirect);
  CHECK(f.content(*q) == "ne plus donner de mélatonine aux enfants de moins de douze ans");
  auto e = run("Two councillors urged the mayor to publish every option the officers had considered.", "en");
  const auto* u = e.quote("to publish");
  REQUIRE(u);
  CHECK(e.content(*u) == "the mayor to publish every option the officers had considered");
  // A headline carrying its cue is marked like any sentence (GUIDELINES).
  auto h = run("Le maire exhorte les habitants à rester chez eux\nLe vent souffle.", "fr");
  const auto* qh = h.quote("rester chez eux");
  REQUIRE(qh);
  CHECK(h.content(*qh) == "les habitants à rester chez eux");
  // An instruction is a directive too: who gives it and what it asks. An
  // order ("ordered the ambassador to leave") is an act, not words reported.
  auto o = run("The tribunal instructed the ferry company to refund every passenger within a month.", "en");
  const auto* qo = o.quote("to refund");
  REQUIRE(qo);
  CHECK(o.content(*qo) == "the ferry company to refund every passenger within a month");
  CHECK(o.mention(*qo) == "The tribunal");
  CHECK(run("The government ordered the ambassador to leave the country within three days.", "en").analysis.quotes.empty());
  // Not a directive's content: a noun after "de", a question put to someone.
  CHECK(run("Le maire a demandé de l'aide à ses voisins.", "fr").analysis.quotes.empty());
  CHECK(run("Quand on lui a demandé de commenter la décision, il est parti.", "fr").analysis.quotes.empty());
}

// Shapes the rules read from the parse (issue 14). Our own sentences.

TEST_CASE("words between the closing mark and the cue: the quotation is the cue's direct quote", "[quotes][syntax]") {
  auto r = run("« Nous ne céderons pas » avec Ostrande et Vestrie, a déclaré le porte-parole Marc Tellier.", "fr");
  const auto* q = r.quote("Nous ne céderons pas");
  REQUIRE(q);
  CHECK(q->type == QuoteType::Direct);
  CHECK(r.content(*q) == "Nous ne céderons pas");
  CHECK(r.cue(*q) == "a déclaré");
  CHECK(r.mention(*q) == "le porte-parole Marc Tellier");
}

TEST_CASE("two quoted stretches with one cue: both are its direct quotes", "[quotes][syntax]") {
  auto r = run("\"The figures were never checked\" but, if an inquiry is opened, \"we will cooperate,\" the mayor insisted.",
               "en");
  const auto* first = r.quote("The figures were never checked");
  const auto* second = r.quote("we will cooperate");
  REQUIRE(first);
  REQUIRE(second);
  CHECK(r.content(*first) == "The figures were never checked");
  CHECK(r.content(*second) == "we will cooperate");
  CHECK(r.cue(*first) == "insisted");
  CHECK(r.cue(*second) == "insisted");
  CHECK(r.mention(*first) == "the mayor");
  CHECK(r.mention(*second) == "the mayor");
}

TEST_CASE("a clause without 'that' behind an adjunct of the cue", "[quotes][syntax]") {
  auto e = run("The mayor said in a statement the bridge would reopen in June.", "en");
  const auto* q = e.quote("bridge");
  REQUIRE(q);
  CHECK(q->type == QuoteType::Indirect);
  CHECK(e.content(*q) == "the bridge would reopen in June");
  CHECK(e.cue(*q) == "said");

  auto f = run("Le parquet de Villecourt a indiqué mercredi avoir saisi la police des polices.", "fr");
  const auto* qf = f.quote("saisi");
  REQUIRE(qf);
  CHECK(f.content(*qf) == "avoir saisi la police des polices");
  CHECK(f.cue(*qf) == "a indiqué");
  CHECK(f.mention(*qf) == "Le parquet de Villecourt");
}

TEST_CASE("participle cues: the main clause's subject speaks", "[quotes][syntax]") {
  auto r = run("The harbour workers issued a statement on Friday, claiming the port authority had hidden the accounts.", "en");
  const auto* q = r.quote("port authority");
  REQUIRE(q);
  CHECK(r.content(*q) == "the port authority had hidden the accounts");
  CHECK(r.cue(*q) == "claiming");
  CHECK(r.mention(*q) == "The harbour workers");

  auto s = run("The minister spoke for an hour, stating that the levy was lawful.", "en");
  const auto* qs = s.quote("levy");
  REQUIRE(qs);
  CHECK(s.content(*qs) == "the levy was lawful");
  CHECK(s.cue(*qs) == "stating");
}

TEST_CASE("'dismiss X as « … »': the quoted words; a plain dismissal is no quote", "[quotes][en]") {
  auto r = run("The minister dismissed the spy claims as 'baseless'. The court dismissed the case on Monday.", "en");
  const auto* q = r.quote("baseless");
  REQUIRE(q);
  CHECK(q->type == QuoteType::Direct);
  CHECK(r.content(*q) == "baseless");
  CHECK(r.cue(*q) == "dismissed");
  CHECK(r.speaker(*q) == "The minister");
  CHECK(r.analysis.quotes.size() == 1);
}

TEST_CASE("naming cues: the quoted name is the direct quote", "[quotes][syntax]") {
  auto f = run("Le syndicat a diffusé un communiqué qualifiant la réforme de « provocation ».", "fr");
  const auto* q = f.quote("provocation");
  REQUIRE(q);
  CHECK(q->type == QuoteType::Direct);
  CHECK(f.content(*q) == "provocation");
  CHECK(f.cue(*q) == "qualifiant");
  CHECK(f.mention(*q) == "Le syndicat");

  auto e = run("The senator called the audit \"a witch hunt\" on Tuesday.", "en");
  const auto* qe = e.quote("witch hunt");
  REQUIRE(qe);
  CHECK(e.content(*qe) == "a witch hunt");
  CHECK(e.cue(*qe) == "called");
}

TEST_CASE("a naming verb's quoted words before the object they name", "[quotes]") {
  // "jugé « absurdes » les critiques": the quoted words, each one, not the object.
  auto r = run("La maire a jugé « absurdes » ou « injustes » les reproches du préfet.", "fr");
  const auto* a = r.quote("absurdes");
  const auto* b = r.quote("injustes");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->type == QuoteType::Direct);
  CHECK(r.content(*a) == "absurdes");
  CHECK(r.content(*b) == "injustes");
  CHECK(r.mention(*b) == "La maire");
  // Followed by a clause, not an object, the quotation opens mixed content.
  auto c = run("La maire juge « regrettable » que le préfet refuse de la recevoir.", "fr");
  const auto* m = c.quote("regrettable");
  REQUIRE(m);
  CHECK(m->type == QuoteType::Mixed);
}

TEST_CASE("naming verbs: the words after 'as', and the passive's agent as speaker", "[quotes]") {
  // Unquoted, the words after "as" are what the speaker calls the object.
  auto as = run("Mr Okafor termed the findings as one-sided and misguided.", "en");
  const auto* q = as.quote("one-sided");
  REQUIRE(q);
  CHECK(q->type == QuoteType::Indirect);
  CHECK(as.content(*q) == "one-sided and misguided");
  CHECK(as.speaker(*q) == "Okafor");
  // "call … as" summons: no quote.
  CHECK(run("The court called the harbour master as a witness.", "en").analysis.quotes.empty());
  // The passive: what the subject is called is said by the agent.
  auto quoted = run("The plan was called \"a disgrace\" by the mayor of Dunmore.", "en");
  const auto* d = quoted.quote("disgrace");
  REQUIRE(d);
  CHECK(d->type == QuoteType::Direct);
  CHECK(quoted.content(*d) == "a disgrace");
  CHECK(quoted.mention(*d) == "the mayor of Dunmore");
  auto bare = run("The audit was labeled biased and incomplete by the opposition party.", "en");
  const auto* b = bare.quote("biased");
  REQUIRE(b);
  CHECK(b->type == QuoteType::Indirect);
  CHECK(bare.content(*b) == "biased and incomplete");
  CHECK(bare.mention(*b) == "the opposition party");
  auto fr = run("Le projet a été qualifié d'« irresponsable » par le maire Paul Arnaud.", "fr");
  const auto* f = fr.quote("irresponsable");
  REQUIRE(f);
  CHECK(f->type == QuoteType::Direct);
  CHECK(fr.speaker(*f) == "Paul Arnaud");
  // "décrire": the quoted words, or the words after "comme"; a scene
  // described names nothing.
  auto neighbours = run("Ses voisins décrivent un homme « discret et serviable ».", "fr");
  const auto* dq = neighbours.quote("discret");
  REQUIRE(dq);
  CHECK(neighbours.content(*dq) == "discret et serviable");
  auto c = run("La Cour des comptes décrit le projet comme une impasse financière.", "fr");
  const auto* cq = c.quote("impasse");
  REQUIRE(cq);
  CHECK(c.content(*cq) == "une impasse financière");
  CHECK(run("Le témoin a décrit la scène en détail.", "fr").analysis.quotes.empty());
}

TEST_CASE("a passive verb of saying: its subject is told, not the speaker", "[quotes][attribution]") {
  auto r = run("The harbour master has been told that the bridge will close in May.", "en");
  const auto* q = r.quote("bridge will close");
  REQUIRE(q);
  CHECK(r.mention(*q) != "The harbour master");
}

TEST_CASE("speech act with an infinitive: the addressee is content, the particle is cue", "[quotes][syntax]") {
  auto r = run("The governor called on the assembly to publish its budget.", "en");
  const auto* q = r.quote("publish");
  REQUIRE(q);
  CHECK(q->type == QuoteType::Indirect);
  CHECK(r.content(*q) == "the assembly to publish its budget");
  CHECK(r.cue(*q) == "called on");
  CHECK(r.mention(*q) == "The governor");
}

TEST_CASE("what is said runs to the end of its clause in the parse, past a parenthesis", "[quotes][syntax]") {
  // The clause cutter alone stops at "(": the parse keeps the complement whole.
  auto inf = run("Le parquet de Brest a indiqué mercredi avoir saisi l'Inspection générale de la police nationale "
                 "(IGPN) pour enquêter sur l'interpellation.", "fr");
  const auto* qi = inf.quote("saisi");
  REQUIRE(qi);
  CHECK(inf.content(*qi) == "avoir saisi l'Inspection générale de la police nationale (IGPN) pour enquêter sur "
                            "l'interpellation");

  auto que = run("Le maire Paul Berthier a affirmé que la Régie des eaux (RDE) avait caché les analyses pendant deux ans.", "fr");
  const auto* qq = que.quote("Régie");
  REQUIRE(qq);
  CHECK(que.content(*qq) == "la Régie des eaux (RDE) avait caché les analyses pendant deux ans");

  auto en = run("The port authority said that the Harbour Safety Agency (HSA) had ignored two warnings about the cranes.", "en");
  const auto* qe = en.quote("ignored");
  REQUIRE(qe);
  CHECK(en.content(*qe) == "the Harbour Safety Agency (HSA) had ignored two warnings about the cranes");
}

TEST_CASE("reporting verbs of defence, surprise and claim", "[quotes][fr]") {
  auto r = run("« Nous n'avons rien caché aux inspecteurs », se défend la société Ardelle. Le député Marc Olier "
               "prétend que les analyses ont été falsifiées.", "fr");
  const auto* defend = r.quote("rien caché");
  REQUIRE(defend);
  CHECK(r.cue(*defend) == "se défend");
  CHECK_THAT(r.speaker(*defend), Catch::Contains("Ardelle"));
  const auto* claim = r.quote("falsifiées");
  REQUIRE(claim);
  CHECK(r.content(*claim) == "les analyses ont été falsifiées");
  CHECK(r.speaker(*claim) == "Marc Olier");
}

TEST_CASE("'charge' reports what is charged, and is no quote as a legal step", "[quotes][en]") {
  auto r = run("The national army has shelled rebel positions, ending a two-month truce, charged the rebel "
               "spokesman, Leon Mabiala. Two officers were charged with fraud on Monday.", "en");
  const auto* q = r.quote("shelled");
  REQUIRE(q);
  CHECK(r.cue(*q) == "charged");
  CHECK(r.content(*q) == "The national army has shelled rebel positions, ending a two-month truce");
  CHECK(r.speaker(*q) == "Leon Mabiala");
  CHECK(r.analysis.quotes.size() == 1);  // "were charged with fraud" reports nothing
}

TEST_CASE("a verb of saying with a free relative as its object reports no clause", "[quotes][en][syntax]") {
  auto r = run("A tenants' group said the audit confirmed what its members had been saying for years.", "en");
  REQUIRE(r.analysis.quotes.size() == 1);
  const saywho::Quote& q = r.analysis.quotes[0];
  CHECK(r.content(q) == "the audit confirmed what its members had been saying for years");
  CHECK(r.cue(q) == "said");
  // The audit named inside what is said is not its source.
  CHECK((!q.speaker || q.speaker->front() != 'R'));
}

TEST_CASE("English cues 'read' in the past and 'post'", "[quotes][en]") {
  auto r = run("The statement read: \"The company regrets the incident.\" Mayor Jane Ortiz posted on social media "
               "that the bridge would reopen. The company posted record profits on Monday.", "en");
  const auto* q = r.quote("regrets");
  REQUIRE(q);
  CHECK(r.cue(*q) == "read");
  REQUIRE(q->speaker);
  CHECK(q->speaker->front() == 'R');  // the statement speaks
  const auto* p = r.quote("bridge");
  REQUIRE(p);
  CHECK(r.cue(*p) == "posted");
  CHECK(r.content(*p) == "the bridge would reopen");
  CHECK(r.speaker(*p) == "Jane Ortiz");
  CHECK(r.analysis.quotes.size() == 2);  // "posted record profits" reports nothing
}

TEST_CASE("'as saying that « … »': the quotation, not the complementizer", "[quotes][en]") {
  auto r = run("The Valdorian Herald quoted an unnamed official as saying that \"forty boats are waiting at "
               "the border.\"", "en");
  const auto* q = r.quote("forty boats");
  REQUIRE(q);
  CHECK(q->type == QuoteType::Direct);
  CHECK(r.content(*q) == "forty boats are waiting at the border.");
  CHECK(r.mention(*q) == "an unnamed official");
}

TEST_CASE("the writer's apposition after a reported clause is not what was said", "[quotes]") {
  auto e = run("The judge ruled that the port authority did not prove the fee was unlawful, a legal threshold that "
               "must be met for any refund.", "en");
  const auto* q = e.quote("port authority");
  REQUIRE(q);
  CHECK(e.content(*q) == "the port authority did not prove the fee was unlawful");
  auto f = run("Le maire a annoncé que la piscine fermerait en mai, une décision que les riverains contestent.", "fr");
  const auto* qf = f.quote("piscine");
  REQUIRE(qf);
  CHECK(f.content(*qf) == "la piscine fermerait en mai");
  auto a = run("La porte-parole a indiqué que les discussions reprendraient lundi, sans plus de précisions.", "fr");
  const auto* qa = a.quote("discussions");
  REQUIRE(qa);
  CHECK(a.content(*qa) == "les discussions reprendraient lundi");
}

TEST_CASE("what was not said: a refusal, a call that summons nobody, a bare noun as a source", "[quotes][en]") {
  auto r = run("The company declined to say how many jobs would go. The mayor called a press conference on "
               "Friday to present the budget. According to common practice, the month ends with a feast.", "en");
  CHECK(r.analysis.quotes.empty());
  // The same verbs where words are reported.
  auto y = run("The mayor called on the council to publish its accounts. According to figures compiled by "
               "the Harbour Agency, 120 boats have sunk.", "en");
  CHECK(y.quote("publish its accounts") != nullptr);
  CHECK(y.quote("boats have sunk") != nullptr);
}

TEST_CASE("a verb of saying the tagger reads as a noun after a person's or an organisation's head", "[quotes][en]") {
  auto r = run("The harbour minister denies that he lied. The company denies that the analyst was fired.", "en");
  const auto* a = r.quote("he lied");
  REQUIRE(a);
  CHECK(r.cue(*a) == "denies");
  CHECK(r.speaker(*a) == "The harbour minister");
  CHECK(r.quote("the analyst was fired") != nullptr);
  // Not a document either: "reports" is the charity's verb.
  auto c = run("The harbour charity reports that donations have doubled.", "en");
  const auto* q = c.quote("donations");
  REQUIRE(q);
  CHECK(c.speaker(*q) == "The harbour charity");
  CHECK(c.analysis.reports.empty());
}

TEST_CASE("a phrasal reporting verb is a cue only with its particle", "[quotes][en]") {
  auto r = run("The union's lawyer, Dana Reyes, pointed out that the contract had expired in March. "
               "She pointed to the clock and said nothing more.", "en");
  const auto* q = r.quote("contract");
  REQUIRE(q);
  CHECK(r.cue(*q) == "pointed out");
  CHECK(r.content(*q) == "the contract had expired in March");
  CHECK(r.analysis.quotes.size() == 1);  // "pointed to the clock" reports nothing
}

TEST_CASE("an infinitive complement behind adjuncts, and a directive with its addressee", "[quotes][fr][syntax]") {
  auto r = run("Le collectif Eau Vive a annoncé lundi dans un communiqué avoir déposé plainte contre la préfecture.", "fr");
  const auto* q = r.quote("plainte");
  REQUIRE(q);
  CHECK(r.content(*q) == "avoir déposé plainte contre la préfecture");
  CHECK(r.cue(*q) == "a annoncé");

  auto d = run("Les riverains demandent à la mairie de rouvrir le pont avant l'hiver.", "fr");
  const auto* qd = d.quote("rouvrir");
  REQUIRE(qd);
  CHECK(d.content(*qd) == "la mairie de rouvrir le pont avant l'hiver");
}

TEST_CASE("an incise or an adverbial phrase between the auxiliary and the participle of the cue", "[quotes][fr]") {
  auto r = run("La députée Claire Morvan avait, pour sa part, regretté : « Le port s'enfonce dans le déni ».", "fr");
  const auto* q = r.quote("déni");
  REQUIRE(q);
  CHECK(q->type == QuoteType::Direct);
  CHECK(r.content(*q) == "Le port s'enfonce dans le déni");
  CHECK(r.speaker(*q) == "Claire Morvan");

  // Without commas: a short adverbial phrase.
  auto p = run("Le syndicat des cheminots a par ailleurs indiqué que les horaires ne changeraient pas.", "fr");
  const auto* qp = p.quote("horaires");
  REQUIRE(qp);
  CHECK(p.content(*qp) == "les horaires ne changeraient pas");
  CHECK(p.speaker(*qp) == "Le syndicat des cheminots");

  auto i = run("Le syndicat a, de son côté, affirmé que les horaires ne changeraient pas.", "fr");
  const auto* qi = i.quote("horaires");
  REQUIRE(qi);
  CHECK(i.content(*qi) == "les horaires ne changeraient pas");
}

TEST_CASE("an inverted speaker behind a phrase of circumstance", "[quotes][attribution]") {
  auto r = run("L'audit avait été lancé en mai, a précisé lors d'une conférence de presse la procureure Hélène Varda.", "fr");
  const auto* q = r.quote("audit");
  REQUIRE(q);
  CHECK(r.content(*q) == "L'audit avait été lancé en mai");
  CHECK(r.speaker(*q) == "Hélène Varda");

  auto d = run("« L'audit avait été lancé en mai », a précisé devant les élus Hélène Varda.", "fr");
  const auto* qd = d.quote("audit");
  REQUIRE(qd);
  CHECK(qd->type == QuoteType::Direct);
  CHECK(d.speaker(*qd) == "Hélène Varda");

  // A name inside the phrase, the subject before the cue: the subject speaks.
  auto s = run("L'audit avait été lancé en mai, a précisé le procureur au journal Le Courrier.", "fr");
  const auto* qs = s.quote("audit");
  REQUIRE(qs);
  CHECK(s.speaker(*qs) == "le procureur");
}

TEST_CASE("a paragraph that opens on a quotation, then names who speaks", "[quotes][attribution]") {
  auto r = run("Le pont restera fermé\n« Le pont n'est plus sûr. Nous ne prendrons aucun risque. » La société Vialis (SVL) a annoncé "
               "lundi dans un communiqué avoir suspendu les travaux.",
               "fr");
  const auto* q = r.quote("Nous ne prendrons aucun risque");
  REQUIRE(q);
  CHECK(q->type == saywho::QuoteType::Direct);
  CHECK(r.speaker(*q) == "Vialis");

  // No cue: words in the first person, then a sentence whose subject is a
  // party, who speaks them (shared/eval GUIDELINES: "clearly attributed").
  auto s = run("Le pont restera fermé\n« Le pont n'est plus sûr. Nous ne prendrons aucun risque. » La société Vialis a "
               "suspendu les travaux lundi.",
               "fr");
  const auto* qs = s.quote("Nous ne prendrons aucun risque");
  REQUIRE(qs);
  CHECK_FALSE(qs->cue);
  CHECK(s.speaker(*qs) == "Vialis");

  // Not when the quotation speaks for nobody, nor when the next sentence's
  // subject is no party.
  auto n = run("Le pont restera fermé\n« Un pont trop loin pour la ville de Brest » La société Vialis a suspendu les "
               "travaux lundi.",
               "fr");
  const auto* qn = n.quote("Un pont trop loin");
  CHECK((qn == nullptr || n.speaker(*qn).empty()));
  auto t = run("Le pont restera fermé\n« Nous ne prendrons aucun risque. » Le chantier a fermé lundi.", "fr");
  const auto* qt = t.quote("Nous ne prendrons aucun risque");
  CHECK((qt == nullptr || t.speaker(*qt).empty()));
}

TEST_CASE("a reporting verb that also names: the quoted words only", "[quotes][fr]") {
  auto r = run("La présidente de la région, Anne Morel, a jugé ces propos « inacceptables ».", "fr");
  const auto* q = r.quote("inacceptables");
  REQUIRE(q);
  CHECK(q->type == QuoteType::Direct);
  CHECK(r.content(*q) == "inacceptables");
  CHECK(r.speaker(*q) == "Anne Morel");
}

TEST_CASE("a second cue after 'and' ends the first one's clause, whatever the parse hangs under it", "[quotes][syntax]") {
  auto r = run("The minister, Paul Dorn, said the audit was biased and told reporters that the board had never "
               "raised concerns.",
               "en");
  const auto* q = r.quote("audit");
  REQUIRE(q);
  CHECK(r.content(*q) == "the audit was biased");
  const auto* t = r.quote("board");
  REQUIRE(t);
  CHECK(r.content(*t) == "the board had never raised concerns");
  CHECK(r.speaker(*t) == "Paul Dorn");
}

TEST_CASE("a closing mark then a lower-case pronoun and its cue, without a comma", "[quotes]") {
  auto r = run("Ian Reid, a spokesman for the port, spoke on Monday. \"To be clear, we reject these claims\" he said.", "en");
  const auto* q = r.quote("we reject these claims");
  REQUIRE(q);
  CHECK(q->type == QuoteType::Direct);
  CHECK(r.cue(*q) == "said");
  CHECK(r.speaker(*q) == "Ian Reid");

  // A capital starts a new sentence: "He said" introduces what follows.
  auto n = run("\"We reject these claims.\" He said the matter was closed.", "en");
  const auto* qn = n.quote("the matter was closed");
  REQUIRE(qn);
  CHECK(n.quote("We reject these claims") == nullptr);
}

TEST_CASE("a quoted paragraph after its speaker's sentence has no cue of its own", "[quotes][attribution]") {
  auto r = run("Le maire de Brest, Paul Arnaud, a réagi lundi soir à la fermeture du chantier.\n"
               "« Nous ne laisserons pas faire. Cette décision est une faute. »\n"
               "La préfecture n'a pas répondu.",
               "fr");
  const auto* q = r.quote("Nous ne laisserons pas faire");
  REQUIRE(q);
  CHECK(q->type == QuoteType::Direct);
  CHECK_FALSE(q->cue);
  CHECK(r.speaker(*q) == "Paul Arnaud");

  // A sentence that reports nobody's words leaves the quotation unattributed.
  auto n = run("Le chantier du port de Brest a fermé lundi soir.\n« Nous ne laisserons pas faire. Cette décision est une "
               "faute. »",
               "fr");
  const auto* qn = n.quote("Nous ne laisserons pas faire");
  CHECK((qn == nullptr || n.speaker(*qn).empty()));

  // A sentence whose subject is a party, with no verb of saying: its subject
  // speaks the first-person paragraph after it.
  auto v = run("Dans un entretien à la radio, le ministre Paul Arnaud refuse tout rôle de médiateur.\n"
               "« Nous demandons à chacun de s'en tenir à sa mission. »",
               "fr");
  const auto* qv = v.quote("Nous demandons");
  REQUIRE(qv);
  CHECK_FALSE(qv->cue);
  CHECK(v.speaker(*qv) == "Paul Arnaud");
}

TEST_CASE("a verb in the incise after a quotation is its cue, whether or not the lexicon lists it", "[quotes][syntax]") {
  // Verbs no cue list holds: the inverted word order says they report.
  auto fr = run("« Nous ne céderons pas sur ce point », a tonné la maire de Rennes, Claire Balan.", "fr");
  const auto* q = fr.quote("Nous ne céderons pas");
  REQUIRE(q);
  CHECK(fr.cue(*q) == "a tonné");
  CHECK(fr.speaker(*q) == "Claire Balan");

  auto refl = run("« Ce projet est une impasse », s'est emporté le député Paul Morin.", "fr");
  const auto* qr = refl.quote("Ce projet est une impasse");
  REQUIRE(qr);
  CHECK(refl.cue(*qr) == "s'est emporté");
  CHECK(refl.speaker(*qr) == "Paul Morin");

  auto en = run("\"We will not back down on this,\" fumed the mayor of Leeds, Clara Bond.", "en");
  const auto* qe = en.quote("We will not back down");
  REQUIRE(qe);
  CHECK(qe->type == QuoteType::Direct);
  CHECK(en.cue(*qe) == "fumed");
  CHECK(en.speaker(*qe) == "Clara Bond");

  auto order = run("Clara Bond chairs the council. \"The plan is dead,\" the senator quipped.", "en");
  const auto* qo = order.quote("The plan is dead");
  REQUIRE(qo);
  CHECK(order.cue(*qo) == "quipped");

  // A title then a verb whose object runs on: no incise, nobody speaks.
  auto n = run("He read \"The Road to the Sea,\" loved the book and lent it to Anna.", "en");
  CHECK(n.quote("The Road to the Sea") == nullptr);
  auto nf = run("Le film « Les Rivières », a rapporté dix millions d'euros en France.", "fr");
  CHECK(nf.quote("Les Rivières") == nullptr);
}

TEST_CASE("a clause then a subject described without a determiner and its cue", "[quotes][syntax]") {
  // "Polish state news agency PAP reported": the description opens the
  // subject, so the clause before its comma is what is reported.
  auto r = run("The minister made the promise at a rally in Leeds on Friday, local broadcaster Radio Kent reported.", "en");
  const auto* q = r.quote("made the promise");
  REQUIRE(q);
  CHECK(q->type == QuoteType::Indirect);
  CHECK(r.content(*q) == "The minister made the promise at a rally in Leeds on Friday");
  CHECK(r.speaker(*q) == "Radio Kent");

  // Without the comma before the description nothing is reported.
  auto n = run("The minister spoke to local broadcaster Radio Kent on Friday.", "en");
  CHECK(n.analysis.quotes.empty());
}

TEST_CASE("French reporting forms: qu'« … », faire savoir, répéter, an infinitive complement", "[quotes][fr]") {
  auto el = run("Le ministre de l'Intérieur, Paul Arnaud, a assuré qu'« aucune faute » n'avait été commise.", "fr");
  const auto* q = el.quote("aucune faute");
  REQUIRE(q);
  CHECK(q->type == QuoteType::Mixed);
  CHECK(el.content(*q) == "« aucune faute » n'avait été commise");
  CHECK(el.speaker(*q) == "Paul Arnaud");

  auto fs = run("La préfecture du Var a fait savoir que les routes resteraient fermées.", "fr");
  const auto* qf = fs.quote("routes");
  REQUIRE(qf);
  CHECK(fs.cue(*qf) == "a fait savoir");
  CHECK(fs.content(*qf) == "les routes resteraient fermées");
  // "pour savoir si": no cue without faire.
  auto ns = run("Pour savoir si le pont est sûr, la mairie a commandé une expertise.", "fr");
  CHECK(ns.analysis.quotes.empty());

  auto rep = run("La Première ministre, Anne Morel, a répété mercredi qu'elle ne démissionnerait pas.", "fr");
  const auto* qr = rep.quote("démissionnerait");
  REQUIRE(qr);
  CHECK(rep.cue(*qr) == "a répété");

  auto inf = run("Dans un entretien, le maire de Brest, Paul Arnaud, explique vouloir fermer le chantier.", "fr");
  const auto* qi = inf.quote("fermer le chantier");
  REQUIRE(qi);
  CHECK(qi->type == QuoteType::Indirect);
  CHECK(inf.content(*qi) == "vouloir fermer le chantier");
  CHECK(inf.speaker(*qi) == "Paul Arnaud");
}

TEST_CASE("a verb of saying after a quotation is no role before the name that follows it", "[quotes][attribution]") {
  // "juge" is a role noun too: "juge Marc Petit" is the verb and its subject.
  auto r = run("« C'est une erreur », juge Marc Petit, le président du syndicat.", "fr");
  const auto* q = r.quote("C'est une erreur");
  REQUIRE(q);
  CHECK(r.cue(*q) == "juge");
  CHECK(r.speaker(*q) == "Marc Petit");
  // Elsewhere the role stays: "le juge Marc Petit" is one mention.
  auto n = run("Le juge Marc Petit a estimé que la procédure était régulière.", "fr");
  const auto* qn = n.quote("la procédure était régulière");
  REQUIRE(qn);
  CHECK(n.mention(*qn) == "Le juge Marc Petit");
}

TEST_CASE("a speaker's description ends where the parse's adjectives end", "[quotes][attribution][syntax]") {
  // "devant" after "maire" is a preposition, not an adjective of the role.
  auto r = run("« Il n'y a aucune preuve », s'est défendu l'ancien maire devant le tribunal.", "fr");
  const auto* q = r.quote("aucune preuve");
  REQUIRE(q);
  CHECK(r.mention(*q) == "l'ancien maire");
  // An adjective after the role stays in it.
  auto a = run("« Il n'y a aucune preuve », a déclaré le ministre français.", "fr");
  const auto* qa = a.quote("aucune preuve");
  REQUIRE(qa);
  CHECK(a.mention(*qa) == "le ministre français");
}

TEST_CASE("a bare noun after 'according to' is its source", "[quotes][attribution]") {
  auto r = run("The suspect fled the scene on foot, according to police.", "en");
  const auto* q = r.quote("The suspect fled");
  REQUIRE(q);
  CHECK(q->type == QuoteType::According);
  CHECK(r.mention(*q) == "police");
  auto f = run("According to police, the driver had drunk three beers.", "en");
  const auto* qf = f.quote("the driver had drunk");
  REQUIRE(qf);
  CHECK(f.mention(*qf) == "police");
  // A modifier of the noun after it is no source of its own.
  auto n = run("According to court documents, the driver had drunk three beers.", "en");
  const auto* qn = n.quote("the driver had drunk");
  CHECK((qn == nullptr || n.mention(*qn) != "court"));
}

TEST_CASE("a speech act inside someone's quoted words takes no object quote", "[quotes]") {
  auto r = run("In a statement, the ministry said it \"strongly rejects\" the allegations.", "en");
  REQUIRE(r.analysis.quotes.size() == 1);
  CHECK(r.content(r.analysis.quotes[0]) == "it \"strongly rejects\" the allegations");
}

TEST_CASE("according to X after a quotation whose comma is inside its marks", "[quotes]") {
  auto r = run("\"There is no evidence of fraud,\" according to the county election board.", "en");
  const auto* q = r.quote("no evidence of fraud");
  REQUIRE(q);
  CHECK(q->type == QuoteType::According);
  CHECK(r.content(*q) == "There is no evidence of fraud");
  CHECK(r.mention(*q) == "the county election board");
}

TEST_CASE("'Pour' with a profession no list holds before the name", "[quotes][fr]") {
  auto r = run("Pour le sociologue Jean Viard, c'est « un tournant » pour la région.", "fr");
  const auto* q = r.quote("tournant");
  REQUIRE(q);
  CHECK(q->type == QuoteType::According);
  CHECK(r.speaker(*q) == "Jean Viard");
  // Not an everyday "pour": no name follows.
  auto n = run("Pour la première fois, le club de Brest a gagné à Lyon.", "fr");
  CHECK(n.analysis.quotes.empty());
}

TEST_CASE("an inverted subject opened by a number", "[quotes][attribution]") {
  auto r = run("\"It is a disgrace,\" said one resident, who asked not to be named.", "en");
  const auto* q = r.quote("disgrace");
  REQUIRE(q);
  CHECK(r.mention(*q) == "one resident");
}

TEST_CASE("a speaker's noun phrase runs over the nouns its head modifies", "[quotes][attribution][syntax]") {
  // "county" is an organisation word, "election board" the noun it builds.
  auto r = run("The county election board said the count was fair.", "en");
  const auto* q = r.quote("the count was fair");
  REQUIRE(q);
  CHECK(r.mention(*q) == "The county election board");
  // "media reports that …" is a noun: no quote of the reports.
  auto n = run("The mayor denied local media reports that he had resigned.", "en");
  CHECK(n.analysis.quotes.empty());
  // A verb of saying that ends the clause stays the verb.
  auto v = run("The tenants filed a lawsuit on Monday. \"The boilers were never repaired,\" the lawsuit reads.", "en");
  const auto* qv = v.quote("boilers");
  REQUIRE(qv);
  CHECK(v.cue(*qv) == "reads");
}

TEST_CASE("a predicate after ', mais' / ', but' goes on with the main clause, not with what is said", "[quotes][syntax]") {
  auto fr = run("Le ministre de la Santé, Paul Arnaud, reconnaît que des erreurs ont été commises, mais refuse de "
                "démissionner.",
                "fr");
  const auto* q = fr.quote("erreurs");
  REQUIRE(q);
  CHECK(fr.content(*q) == "des erreurs ont été commises");
  auto en = run("The minister said the plan was sound, but declined to give details.", "en");
  const auto* qe = en.quote("the plan was sound");
  REQUIRE(qe);
  CHECK(en.content(*qe) == "the plan was sound");
  // With a subject of its own, the clause after "but" is still reported.
  auto both = run("The minister said the plan was sound, but the costs were rising.", "en");
  const auto* qb = both.quote("the plan was sound");
  REQUIRE(qb);
  CHECK(both.content(*qb) == "the plan was sound, but the costs were rising");
}

TEST_CASE("'a-t-on appris': an impersonal cue, its source after 'auprès de'", "[quotes][attribution][fr]") {
  auto r = run("Le suspect a été interpellé lundi soir, a-t-on appris auprès de la préfecture du Var.", "fr");
  const auto* q = r.quote("interpellé");
  REQUIRE(q);
  CHECK(q->type == QuoteType::Indirect);
  CHECK(r.cue(*q) == "a-t-on appris");
  CHECK(r.mention(*q) == "la préfecture du Var");
  // A source without its article is still a source (GUIDELINES: null only
  // when the text names no source at all).
  auto n = run("Le suspect a été interpellé lundi soir, a-t-on appris de source policière.", "fr");
  const auto* qn = n.quote("interpellé");
  REQUIRE(qn);
  CHECK(n.speaker(*qn) == "source policière");
  // Nobody named: the clause is still reported, by no one.
  auto o = run("Le suspect a été interpellé lundi soir, a-t-on appris.", "fr");
  const auto* qo = o.quote("interpellé");
  REQUIRE(qo);
  CHECK_FALSE(qo->speaker);
  // "apprendre" with a subject of its own is learning, not telling.
  auto l = run("Le maire de Brest a appris que le projet était abandonné.", "fr");
  CHECK(l.analysis.quotes.empty());
}

TEST_CASE("'Comme l'a souligné X, …' / 'As X said, …': what follows the comma is said", "[quotes]") {
  auto fr = run("Comme l'a rappelé mardi le préfet du Var, les routes resteront fermées jusqu'à jeudi.", "fr");
  const auto* q = fr.quote("routes");
  REQUIRE(q);
  CHECK(q->type == QuoteType::Indirect);
  CHECK(fr.content(*q) == "les routes resteront fermées jusqu'à jeudi");
  CHECK(fr.mention(*q) == "le préfet du Var");
  auto en = run("As the harbour master said on Monday, the port will stay closed.", "en");
  const auto* qe = en.quote("port will stay closed");
  REQUIRE(qe);
  CHECK(en.mention(*qe) == "the harbour master");
  // "Comme prévu" is no cue: the verb of the sentence reports.
  auto n = run("Comme prévu, le maire a annoncé que le budget serait tenu.", "fr");
  const auto* qn = n.quote("budget");
  REQUIRE(qn);
  CHECK(n.cue(*qn) == "a annoncé");
}

TEST_CASE("Quoted objects joined by 'et'/'and': one direct quote each, same cue and speaker", "[quotes]") {
  auto fr = run("Le procureur de Vannes a dénoncé des « silences calculés » et une « fuite en avant » chez les prévenus.",
                "fr");
  const auto* a = fr.quote("silences calculés");
  const auto* b = fr.quote("fuite en avant");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(b->type == QuoteType::Direct);
  CHECK(fr.content(*b) == "fuite en avant");
  CHECK(fr.cue(*b) == "a dénoncé");
  CHECK(fr.mention(*b) == "Le procureur de Vannes");
  auto en = run("The union leader called the offer \"insulting\" and \"late\" on Tuesday.", "en");
  const auto* e = en.quote("late");
  REQUIRE(e);
  CHECK(en.content(*e) == "late");
  CHECK(en.mention(*e) == "The union leader");
  // A whole sentence after "and" is no second object.
  auto s = run("The mayor called the plan \"a mistake\" and \"we will never accept a levy that hurts the port, never\" was "
               "painted on the town hall.",
               "en");
  CHECK_FALSE(s.quote("never accept"));
}

TEST_CASE("A long incise between the cue and 'que'/'that' does not hide the reported clause", "[quotes]") {
  auto fr = run("La préfecture estime, dans une note transmise jeudi soir aux élus du littoral, que la digue doit être "
                "renforcée.",
                "fr");
  const auto* q = fr.quote("digue doit");
  REQUIRE(q);
  CHECK(fr.content(*q) == "la digue doit être renforcée");
  CHECK(fr.mention(*q) == "La préfecture");
  auto en = run("The regulator said, in a letter sent late on Friday to the three harbour operators, that the fees were "
                "unlawful.",
                "en");
  const auto* e = en.quote("fees were unlawful");
  REQUIRE(e);
  CHECK(en.content(*e) == "the fees were unlawful");
  // A long incise followed by something else is not skipped into.
  auto n = run("The regulator said, in a letter sent late on Friday to the three harbour operators, nothing at all.", "en");
  CHECK_FALSE(n.quote("nothing at all"));
}

TEST_CASE("'agreed to pay' commits to an act; 'agreed that' reports words", "[quotes][syntax]") {
  auto a = run("The ferry operator has agreed to pay a fine after inspectors found rusted lifeboats.", "en");
  CHECK_FALSE(a.quote("to pay a fine"));
  CHECK_FALSE(a.quote("pay a fine"));
  auto t = run("The ferry operator agreed that the lifeboats had rusted.", "en");
  const auto* q = t.quote("lifeboats had rusted");
  REQUIRE(q);
  CHECK(t.mention(*q) == "The ferry operator");
}

TEST_CASE("'vowed (on Monday) to …', 'promised to …': the infinitive is what is said", "[quotes][syntax]") {
  auto v = run("The union leader vowed on Monday to continue the strike.", "en");
  const auto* q = v.quote("continue the strike");
  REQUIRE(q);
  CHECK(q->type == QuoteType::Indirect);
  CHECK(v.mention(*q) == "The union leader");
  auto p = run("The mayor promised to publish the accounts.", "en");
  REQUIRE(p.quote("publish the accounts"));
  // A verb that reports nothing takes no infinitive as content.
  CHECK(run("The mayor spoke on Monday to defend the budget.", "en").analysis.quotes.empty());
}

TEST_CASE("'Réponse du porte-parole : « … »': a noun of reply names who speaks", "[quotes]") {
  auto fr = run("Le député a critiqué le budget.\nRéponse du porte-parole du gouvernement : « Le budget est sincère et il "
                "sera voté. »",
                "fr");
  const auto* q = fr.quote("budget est sincère");
  REQUIRE(q);
  CHECK(q->type == QuoteType::Direct);
  CHECK_THAT(fr.mention(*q), Catch::Contains("porte-parole du gouvernement"));
  auto en = run("Reaction of the mayor: \"We will rebuild the pier before summer.\"", "en");
  const auto* e = en.quote("rebuild the pier");
  REQUIRE(e);
  CHECK(en.mention(*e) == "the mayor");
  // A reply noun without its source names nobody.
  auto n = run("Réponse : « Nous verrons bien ce qui se passera demain. »", "fr");
  const auto* qn = n.quote("Nous verrons bien");
  CHECK((qn == nullptr || !qn->speaker));
}

TEST_CASE("no clause said: a request for anonymity, a verb coordinated with the cue", "[quotes][syntax]") {
  auto r = run("One resident, who asked not to be named for fear of reprisals, said the ferry never came.", "en");
  REQUIRE(r.analysis.quotes.size() == 1);
  CHECK(r.content(r.analysis.quotes.front()) == "the ferry never came");
  auto f = run("Un habitant, qui a demandé à ne pas être cité, affirme que le bac n'est jamais venu.", "fr");
  REQUIRE(f.analysis.quotes.size() == 1);
  CHECK(f.content(f.analysis.quotes.front()) == "le bac n'est jamais venu");

  auto c = run("The company has said little about the cause of the fire but confirmed that two workers were hurt.", "en");
  REQUIRE(c.analysis.quotes.size() == 1);
  CHECK(c.content(c.analysis.quotes.front()) == "two workers were hurt");
}

TEST_CASE("a verb after a noun phrase and a comma with no clause before it inverts no speaker", "[quotes][syntax]") {
  // Nothing before the cue is a clause or a quotation: what follows the
  // verb is its object, not a speaker, whatever the parse made of it.
  auto r = run("Le Haut Conseil du port de Norvik, dans son rapport annuel, juge les efforts insuffisants.", "fr");
  CHECK(r.analysis.quotes.empty());
  // A bare participle is no clause either.
  CHECK(run("Le rapport, publié jeudi, juge les efforts insuffisants.", "fr").analysis.quotes.empty());
  // A clause before: the phrase after the cue is its inverted subject.
  auto c = run("Le port restera fermé jusqu'à lundi, témoigne une riveraine.", "fr");
  REQUIRE(c.analysis.quotes.size() == 1);
  CHECK(c.content(c.analysis.quotes.front()) == "Le port restera fermé jusqu'à lundi");
}

TEST_CASE("the outlet's own reporting is no one's words", "[quotes]") {
  CHECK(run("D'après nos informations, le directeur du port devrait démissionner.", "fr").analysis.quotes.empty());
  CHECK(run("According to our sources, the harbour master will resign.", "en").analysis.quotes.empty());
  // A source of its own still is one.
  CHECK(run("D'après le syndicat, le directeur du port devrait démissionner.", "fr").analysis.quotes.size() == 1);
}

TEST_CASE("what is said and by whom (one sentence per form)", "[quotes][attribution][syntax]") {
  struct Case {
    const char* form;
    const char* lang;
    const char* text;
    const char* needle;   // a word of what is said
    const char* content;  // "" when the case does not check it
    const char* speaker;
  };
  const Case cases[] = {
      // A party's clause, a colon, a whole quotation: the party speaks it.
      {"X a été clair : « … »", "fr", "Le ministre a été clair : « Il n'y aura pas de recul sur la réforme. »",
       "recul", "Il n'y aura pas de recul sur la réforme.", "Le ministre"},
      {"X, lui, se veut rassurant : « … »", "fr", "Paul Roux, lui, se veut rassurant : « Les salaires seront versés. »",
       "salaires", "Les salaires seront versés.", "Paul Roux"},
      {"X was blunt: \"…\"", "en", "The mayor was blunt: \"There will be no retreat on the harbour plan.\"", "retreat",
       "There will be no retreat on the harbour plan.", "The mayor"},
      // A quotation, then a sentence with no verb of its own whose
      // participle of saying has a party as its agent.
      {"« … » Un engagement réaffirmé par X.", "fr",
       "« Les salaires seront versés en mars. » Un engagement réaffirmé mardi par la direction du port.", "salaires",
       "Les salaires seront versés en mars.", "la direction du port"},
      // "pour qui", "selon qui" after a comma: the phrase before it speaks.
      {"X, pour qui « … »", "fr",
       "Une version contestée par l'avocat de la famille, pour qui « rien ne prouve la présence du prévenu ».", "prouve",
       "rien ne prouve la présence du prévenu", "l'avocat de la famille"},
      {"X, selon qui …", "fr", "La décision a été saluée par Marie Dupont, selon qui la justice a enfin été rendue.",
       "justice", "la justice a enfin été rendue", "Marie Dupont"},
      // A source close to a document or a party: the source speaks, not
      // what it is close to.
      {"a source close to the investigation said", "en",
       "A source close to the investigation said the ferry had left port with a faulty pump.", "faulty pump", "",
       "A source close to the investigation"},
      {"people familiar with the talks said", "en",
       "People familiar with the talks said the union would accept the offer.", "accept", "",
       "People familiar with the talks"},
      {"une source proche de l'enquête a indiqué", "fr",
       "Une source proche de l'enquête a indiqué que le ferry avait quitté le port avec une pompe défaillante.",
       "pompe", "", "Une source proche de l'enquête"},
      // "Il s'est dit", "il s'est exprimé": a person, not the impersonal "il".
      {"il s'est dit « … »", "fr", "Paul Morin est arrivé lundi. Il s'est dit « choqué par ces mensonges ».",
       "choqué", "", "Paul Morin"},
      {"il s'est exprimé : « … »", "fr", "Paul Morin est arrivé lundi. Il s'est exprimé : « L'armateur a menti ».",
       "menti", "", "Paul Morin"},
      {"il y a dénoncé « … »", "fr", "Paul Morin a pris la parole. Il y a dénoncé « une gestion opaque ».",
       "opaque", "", "Paul Morin"},
      // "leur" opening the inverted subject is its possessive, no clitic.
      {"affirme leur avocate, Me X", "fr", "« L'armateur savait tout », affirme leur avocate, Me Anne Morel.",
       "savait", "", "Anne Morel"},
      // A reflexive verb's participle agrees with its subject.
      {"s'est félicitée de « … »", "fr", "Anne Morel s'est félicitée de « cette victoire pour les familles ».",
       "victoire", "", "Anne Morel"},
      // A role's plural genitive before an organisation word: one phrase.
      {"the residents' association says", "en",
       "The residents' association says the insurer denied hundreds of claims.", "denied", "",
       "The residents' association"},
      // An adjective before its noun in the speaker's "de" phrase.
      {"raconte la mère du jeune homme", "fr",
       "« Ces policiers ont frappé mon fils sans raison », raconte la mère du jeune homme.", "frappé", "",
       "la mère du jeune homme"},
      {"said the mother of the young man", "en",
       "“Officers beat my son for no reason,” said the mother of the young man.", "beat", "",
       "the mother of the young man"},
      // A quotation that is a party's predicate is its words.
      {"predicate after 'qui'", "fr",
       "« Les auteurs n'ont jamais été consultés », souligne la Société des gens de plume, qui « s'inquiète d'une "
       "durée de validité limitée à deux ans ».",
       "s'inquiète", "s'inquiète d'une durée de validité limitée à deux ans", "la Société des gens de plume"},
      {"predicate infinitive", "fr", "La fédération souhaite « faire respecter la loi et protéger les joueurs ».",
       "faire respecter", "", "La fédération"},
      // After "de", a quoted infinitive opens the verb's clause: part of it
      // quoted is a mixed quote of the whole ("parle de « trahison »" names a thing).
      {"promis de « … » pour …", "fr", "Le maire a promis de « tout faire » pour sauver la criée.", "tout faire",
       "de « tout faire » pour sauver la criée", "Le maire"},
      // A clause of two words is one when the parse gives it a subject and
      // a finite verb.
      {"said exports fell", "en", "The harbour board said exports fell.", "exports", "exports fell",
       "The harbour board"},
      // A common given name tells a person's gender: the pronoun goes to
      // the one it fits, behind a preposition if no subject does.
      {"a-t-elle after two persons", "fr",
       "Paul Roux a répondu à Anne Morel. « Je ne céderai pas », a-t-elle lancé.", "céderai", "", "Anne Morel"},
      {"she after two persons", "en", "John Reed met Mary Cole on Monday. \"We will not give up,\" she said.",
       "give up", "", "Mary Cole"},
      // A counterpart is a person: "ce dernier", "the latter" can be them.
      {"ce dernier after a counterpart", "fr",
       "Le maire de Brévin a reçu son homologue allemand. Ce dernier a assuré que le jumelage continuerait.", "jumelage",
       "", "son homologue allemand"},
      {"the latter after a counterpart", "en",
       "The mayor of Norvik met her Danish counterpart. The latter said the ferry line would reopen.", "reopen", "",
       "her Danish counterpart"},
      // After the cue, a bare description no list knows, then the name: the name speaks.
      {"said village elder X", "en", "\"The wells have run dry,\" said village elder Joseph Mwangi.", "wells", "",
       "Joseph Mwangi"},
      {"said local farmer X", "en", "\"Nobody warned us,\" said local farmer Ana Ruiz.", "warned", "", "Ana Ruiz"},
      // "s'est dite « … »": the participle's feminine after the auxiliary.
      {"s'est dite « … »", "fr", "La ministre s'est dite « profondément choquée » par ces images.", "choquée", "",
       "La ministre"},
      // Whom a role acts for stops at the verb the parse reads.
      {"a spokesperson for X declined …, saying", "en",
       "A spokesperson for the harbour board declined to comment, saying only that an inquiry was under way.",
       "inquiry", "an inquiry was under way", "A spokesperson for the harbour board"},
      // A finite form of a verb of saying that is no noun (grammar class
      // noun_too lists those that are): "alleges" after its subject.
      {"the lawsuit alleges that", "en", "The lawsuit alleges that the ferry operator ignored six warnings.", "warnings",
       "the ferry operator ignored six warnings", "R1"},
      // A noun in -ly before the verb is its subject, no manner adverb.
      {"the family says that", "en", "The family says that the ramp was faulty.", "ramp", "the ramp was faulty",
       "The family"},
      // "MP" in capitals is a role, not an organisation's acronym.
      {"said the MP X", "en", "\"The ferry will run again in May,\" said the MP Claire Morrow.", "ferry", "",
       "Claire Morrow"},
      // A description no list knows that ends on a person's name is that person.
      {"a affirmé le délégué syndical X", "fr", "« La criée restera ouverte », a affirmé le délégué syndical Henri Vasseur.",
       "criée", "", "Henri Vasseur"},
      // Verbs of informing take their addressee before the clause.
      {"notify X that", "en", "Investigators have notified the harbour master that he is being investigated for misconduct.",
       "he is being investigated", "he is being investigated for misconduct", "Investigators"},
      {"warn X that", "en", "The bank warned investors that profits would fall.", "profits would fall", "", "The bank"},
      // A short object the parse gives the verb, a clause after it: the addressee, no part of what is said.
      {"told X it …", "en", "The ferry company told shareholders it expected profits to fall.", "expected",
       "it expected profits to fall", "The ferry company"},
      {"told its X it …", "en", "The ferry company told its shareholders it expected profits to fall.", "expected",
       "it expected profits to fall", "The ferry company"},
      // An according marker's source runs to the comma over an acronym in
      // brackets; figures no one is named for are a source still.
      {"d'après … (ACRONYME),", "fr",
       "D'après un rapport de l'Office maritime de Norvik (OMN), le trafic a reculé d'un tiers.", "trafic",
       "le trafic a reculé d'un tiers", "R1"},
      {"according to official figures", "en",
       "According to official figures, traffic at the port fell by a third in March.", "traffic",
       "traffic at the port fell by a third in March", "official figures"},
      {"informer X que", "fr", "Le ministère a informé les syndicats que la réforme serait reportée.",
       "la réforme serait reportée", "", "Le ministère"},
      {"says petitioner", "en", "Guards beat inmates at the harbour jail, says petitioner", "Guards beat inmates", "",
       "petitioner"},
      {"pour sa part", "fr", "La Première ministre, Élisabeth Borne, a pour sa part réaffirmé que le texte serait appliqué.",
       "le texte serait appliqué", "", "Élisabeth Borne"},
      // "says" is a verb when the parse gives it a subject further back
      // than the word before it; a participle's complement is no speaker.
      {"report + participle + says", "en", "A report published on Monday says the ferry line will close.",
       "ferry line", "the ferry line will close", "R1"},
      {"letter to X says that", "en", "A letter to harbour workers says that the ferry line will close.", "ferry line",
       "the ferry line will close", "R1"},
      {"rapport remis au X affirme", "fr",
       "Un rapport remis mardi au gouvernement affirme que la ligne de ferry fermera.", "ligne de ferry", "", "R1"},
      // Who read a document did not write it: the document speaks.
      {"according to a memo seen by", "en", "According to a memo seen by the BBC, the ferry firm will cut 300 jobs.",
       "300 jobs", "the ferry firm will cut 300 jobs", "R1"},
      {"d'après un document consulté par", "fr",
       "D'après un document interne consulté par Le Monde, l'armateur prévoit 300 suppressions de postes.",
       "300 suppressions", "", "R1"},
      // The owner of the figures an according marker cites is its source.
      {"according to figures from", "en", "According to figures from the Home Office, 340 dockers were arrested.",
       "340 dockers", "340 dockers were arrested", "the Home Office"},
      {"according to official figures from", "en",
       "According to official figures from the port authority, traffic fell by a tenth.", "traffic fell", "",
       "the port authority"},
      {"selon les chiffres du", "fr",
       "Selon les chiffres du ministère de l'Intérieur, 340 dockers ont été interpellés.", "340 dockers", "",
       "ministère de l'Intérieur"},
      // An according source's relative clause or apposition is no part of what it says.
      {"source, qui …,", "fr",
       "Selon Le Canard enchaîné, qui a révélé l'affaire mercredi, l'offre retenue était la plus chère.",
       "l'offre retenue", "l'offre retenue était la plus chère", "Le Canard enchaîné"},
      {"source, which …,", "en", "According to Airwars, which tracks civilian deaths, at least 40 people were killed.",
       "40 people", "at least 40 people were killed", "Airwars"},
      {"source, apposition,", "fr",
       "Mais pour Michaël Zemmour, économiste à l'université de Brest, ce chiffrage est « très optimiste ».",
       "ce chiffrage", "ce chiffrage est « très optimiste »", "Michaël Zemmour"},
      {"source, dont … « … » …,", "fr",
       "Pour la CFDT, dont le leader Laurent Berger s'est dit « inquiet » de la montée des tensions, il faut « une "
       "pause » dans l'application de la réforme.",
       "il faut", "il faut « une pause » dans l'application de la réforme", "la CFDT"},
      // A mixed object ends before a clause of its own.
      {"mixed object, new clause", "fr",
       "Pour la CFDT, dont le leader Laurent Berger s'est dit « inquiet » de la montée des tensions, il faut « une "
       "pause ».",
       "inquiet", "« inquiet » de la montée des tensions", "Laurent Berger"},
      // A commitment's infinitive, quoted after "to".
      {"vowed to “…”", "en", "The firm vowed to \"fully cooperate\" with regulators.", "fully cooperate",
       "to \"fully cooperate\" with regulators", "The firm"},
      {"pledged to", "en", "The company pledged to cooperate fully with the inquiry.", "cooperate fully", "",
       "The company"},
      // An adverb no list holds, before the complementizer, is no part of
      // what is said.
      {"adverb before 'that'", "en", "Harbour officials said privately that the dredging would be delayed.", "dredging",
       "the dredging would be delayed", "Harbour officials"},
      // "adding that it « … »": a clause, no object quotation.
      {"gerund then 'that' and a quotation", "en",
       "\"We will appeal,\" the ferry company said, adding that it \"strongly disagrees\" with the ruling.",
       "strongly disagrees", "it \"strongly disagrees\" with the ruling", "the ferry company"},
      // "faire" with an infinitive that makes a verb of saying.
      {"fait valoir que", "fr", "Le syndicat a fait valoir que les salaires n'avaient pas suivi l'inflation.",
       "salaires", "les salaires n'avaient pas suivi l'inflation", "Le syndicat"},
      {"fait remarquer que", "fr", "La ministre a fait remarquer que le budget était déjà voté.", "budget",
       "le budget était déjà voté", "La ministre"},
      // Verbs of conceding and of feeling that report a clause.
      {"concéder que", "fr", "Le directeur concède que les délais ont été mal tenus.", "délais",
       "les délais ont été mal tenus", "Le directeur"},
      {"se plaindre que", "fr", "Les riverains se plaignent que le bruit ne cesse jamais.", "bruit",
       "le bruit ne cesse jamais", "Les riverains"},
      {"inverted 'tempère'", "fr", "« Rien n'est perdu », tempère l'entraîneur.", "Rien n'est perdu",
       "Rien n'est perdu", "l'entraîneur"},
      // Naming verbs: what the quotation calls the object, the quoted words only.
      {"described as a “…”", "en", "The opposition leader described the harbour plan as a \"Hollywood script\".",
       "Hollywood", "Hollywood script", "The opposition leader"},
      {"désigner comme « … »", "fr",
       "Les enquêteurs désignent la Vestrie comme le principal « fournisseur » des armes saisies.", "fournisseur",
       "fournisseur", "Les enquêteurs"},
      // "se dire" and an adjective: what the subject declares itself.
      {"se disent prêts à", "fr", "Les dockers se disent prêts à reprendre le travail lundi.", "reprendre",
       "prêts à reprendre le travail lundi", "Les dockers"},
      // "citant" with quoted words: what the speaker cites.
      {"citant « … »", "fr", "Les comptes ont été vidés, a précisé la juge, citant une perte « de plus de deux millions ».",
       "deux millions", "une perte « de plus de deux millions »", "la juge"},
      // An infinitive after the cue keeps its negation; after "de", the
      // infinitive's own phrase is what is said.
      {"negated infinitive", "fr", "Le préfet assure ne pas avoir été prévenu de la manifestation.", "prévenu",
       "ne pas avoir été prévenu de la manifestation", "Le préfet"},
      {"ne rien + infinitive", "fr", "Le trésorier dit ne rien savoir des virements.", "virements",
       "ne rien savoir des virements", "Le trésorier"},
      {"se défendre de + infinitive", "fr",
       "Le syndicat demande au maire, qui se défend d'être un homme de clan, de respecter la loi.", "homme de clan",
       "être un homme de clan", "maire"},
      // Who speaks (the content not checked).
      // After a party's head, any form of a verb of saying is the verb.
      {"plural base form", "en",
       "Critics argue the law gives police too much power. Supporters counter that it closes loopholes.",
       "it closes loopholes", "", "Supporters"},
      {"capitalised word after a determiner", "en",
       "Asked about the talks, a No 10 spokesman said they were \"considering\" their response.", "considering", "",
       "a No 10 spokesman"},
      {"group role", "fr",
       "Le maire, Paul Arnaud, a défendu son projet. L'opposition, elle, dénonce un texte « punitif et injuste ».",
       "punitif", "", "L'opposition"},
      {"organisation word 'chambre'", "fr",
       "La chambre régionale des comptes estime que la ville a dépensé sans contrôle.", "la ville a dépensé", "",
       "La chambre régionale des comptes"},
      // A pronoun's antecedent is no phrase after a preposition.
      {"pronoun past 'devant'", "fr",
       "« Nous ne reculerons pas », a assuré le maire, Paul Arnaud, devant le conseil municipal. Selon lui, les "
       "travaux dureront un an.",
       "les travaux dureront un an", "", "Paul Arnaud"},
      // Impersonal cues: the organisation "on" is at, a bare source, nobody.
      {"-t-on au ministère", "fr", "« Le calendrier sera tenu », assure-t-on au ministère de la Santé.",
       "Le calendrier sera tenu", "", "ministère de la Santé"},
      {"-t-on à a town", "fr", "« Rien n'est décidé », dit-on à Brest.", "Rien n'est décidé", "", ""},
      {"de source", "fr",
       "Le parquet a ouvert une enquête visant le maire de Nantes, a-t-on appris vendredi de source judiciaire.",
       "Le parquet a ouvert une enquête", "", "source judiciaire"},
      // A participle clause after a passive speaks through its agent.
      {"agent, précisant que", "fr",
       "Des informations confirmées mercredi par une source judiciaire, précisant que le maire sera jugé en mai.",
       "le maire sera jugé en mai", "", "une source judiciaire"},
      {"agent, adding that", "en",
       "The arrests were confirmed by a police spokesman, adding that two men remained in custody.",
       "two men remained in custody", "", "a police spokesman"},
      // After a quotation: the one quoted as saying; a described speaker.
      {"quoted as saying", "en", "\"The guards beat us every night,\" the charity quoted a former inmate as saying.",
       "The guards beat us", "", "a former inmate"},
      {"description with 'of'", "en",
       "\"Airlines will only change when the penalties hurt,\" its director of policy, Rosa Kent, told the BBC.",
       "Airlines will only change", "", "Rosa Kent"},
      {"requérir", "fr", "Le procureur a requis « une peine exemplaire » contre le prévenu.", "une peine exemplaire", "",
       "Le procureur"},
      // A group named by a singular noun is taken up by a singular pronoun.
      // The source behind the words named: "selon les termes de X".
      {"selon les termes de", "fr", "« La digue tiendra », selon les termes du préfet Jean Marchetti.",
       "La digue tiendra", "", "Jean Marchetti"},
      // Capitalised words that name no one do not speak: the source is the
      // one who said it.
      {"capitalised common words", "en",
       "VR headsets sold out in May. The election results were announced on Monday, officials said.",
       "The election results were announced", "", "officials"},
      // The agent of a participle before the cue is not its subject: the
      // memo speaks (the first report, R1).
      {"agent before the cue", "en",
       "A leaked memo obtained by the Harbour Gazette shows that ministers were warned in March.", "ministers were warned", "",
       "R1"},
      // The impersonal "on" speaks for the party the opening phrase names.
      {"du côté de X, on …", "fr",
       "Le ministre a défendu son texte. Du côté de la CGT, on dénonce au contraire un « passage en force ».",
       "passage en force", "", "la CGT"},
      // A name in apposition that ends the sentence is no incise.
      {"selon X, Name.", "fr", "« La digue tiendra », selon le préfet, Jean Marchetti.", "La digue tiendra", "",
       "Jean Marchetti"},
      // After "que", the subject follows the verb.
      {"ce que confirme X", "fr", "C'est ce que confirme la maire, Odile Perrin : « Le marché rouvrira lundi. »",
       "Le marché rouvrira", "", "Odile Perrin"},
      // An inverted subject behind a date.
      {"inverted subject after 'en 2019'", "fr", "« La digue tiendra », assurait en 2019 le préfet Jean Marchetti.",
       "La digue tiendra", "", "Jean Marchetti"},
      {"group taken up by 'elle'", "fr",
       "L'opposition réclame le départ du maire, Paul Arnaud, qu'elle juge « responsable » du déficit.", "responsable", "",
       "L'opposition"},
      // With no comma before the marker, a person, an organisation or a
      // country last in the sentence is still the source.
      {"X selon Y.", "fr", "Au moins douze pêcheurs ont été blessés selon la préfecture maritime.", "blessés",
       "Au moins douze pêcheurs ont été blessés", "la préfecture maritime"},
      {"X according to Y.", "en", "Two ferries were damaged according to the coastguard.", "ferries",
       "Two ferries were damaged", "the coastguard"},
      // "Me" is a lawyer's title there, no first-person pronoun.
      {"selon Me X", "fr", "Selon Me Paul Girard, la criée a été vendue à perte.", "criée",
       "la criée a été vendue à perte", "Paul Girard"},
      // The owner of a count may follow a word that says what it is.
      {"selon un décompte de l'ONG X", "fr",
       "Au moins quarante chalutiers ont été saisis, selon un décompte de l'ONG Mer Libre.", "chalutiers",
       "Au moins quarante chalutiers ont été saisis", "Mer Libre"},
      // "OK" opening a sentence is an interjection, no organisation.
      {"OK, X said", "en", "OK, the harbour master said, the ferry will leave at noon.", "noon",
       "the ferry will leave at noon", "the harbour master"},
      // A verb between the auxiliary and a participle of saying is no
      // adverbial phrase: "relevés" is the object, no cue in the clause.
      {"a dissimulé les relevés", "fr",
       "Pour Me Louise Tanguy, la direction de la raffinerie a dissimulé les relevés pendant des mois.", "relevés",
       "la direction de la raffinerie a dissimulé les relevés pendant des mois", "Louise Tanguy"},
  };
  for_each_form(cases, [](const Case& c, auto& r) {
    const auto* q = r.quote(c.needle);
    REQUIRE(q);
    if (*c.content) CHECK(r.content(*q) == c.content);
    CHECK(r.speaker(*q) == c.speaker);
  });
  // A name in quotation marks is no one's words.
  CHECK(run("La fédération a lancé l'opération « Un été sans violence » lundi.", "fr").quote("Un été sans violence") ==
        nullptr);
  // "dite", "dits": "so-called", a name in quotation marks, no one's words.
  CHECK(run("La loi dite « sécurité globale » a été adoptée.", "fr").analysis.quotes.empty());
  CHECK(run("Les mesures dites « de sauvegarde » ont été prolongées.", "fr").analysis.quotes.empty());
  // An infinitive after the cue's object is the object's: nothing said.
  CHECK(run("The judge denied the motion to strike the indictment.", "en").analysis.quotes.empty());
  CHECK(run("Judge denies defence motion to strike indictment language.", "en").analysis.quotes.empty());
  // Without a comma, a marker before what is no party is a manner, no source.
  CHECK(run("Les aides sont versées selon le revenu des familles.", "fr").analysis.quotes.empty());
  CHECK(run("Fees are set according to the size of the boat.", "en").analysis.quotes.empty());
}
