// Attribution: who says each quote, for every pattern a reader relies on.
#include <catch2/catch.hpp>

#include "test_pipeline_helpers.hpp"

using saywho::testing::run;

TEST_CASE("subject before the cue, with an apposition in between", "[attribution]") {
  auto r = run("Clara Voss, porte-parole de l'agence spatiale, a expliqué que le lancement était reporté.", "fr");
  const auto* q = r.quote("lancement");
  REQUIRE(q);
  CHECK(r.speaker(*q) == "Clara Voss");
  CHECK(q->confidence > 0.5);
  CHECK_FALSE(q->reason.empty());
}

TEST_CASE("subject with a relative clause before the cue", "[attribution]") {
  auto r = run("Martin Kell, who chairs the water board, said: \"The reservoir is full.\"", "en");
  const auto* q = r.quote("reservoir");
  REQUIRE(q);
  CHECK(r.speaker(*q) == "Martin Kell");
}

TEST_CASE("inverted subject after the cue", "[attribution]") {
  auto r = run("« Le pont sera rouvert en juin », a annoncé lundi Sophie Lenoir, ministre des Transports.", "fr");
  const auto* q = r.quote("pont");
  REQUIRE(q);
  CHECK(r.speaker(*q) == "Sophie Lenoir");
  auto e = run("\"That is simply false,\" said Omar Haddad, the union's lawyer.", "en");
  const auto* qe = e.quote("false");
  REQUIRE(qe);
  CHECK(e.speaker(*qe) == "Omar Haddad");
}

TEST_CASE("a speaker named only after the quote", "[attribution]") {
  auto e = run("\"We are not leaving,\" a protester shouted. \"Never,\" said Lena Fischer, a nurse.", "en");
  const auto* q = e.quote("Never");
  if (q) CHECK(e.speaker(*q) == "Lena Fischer");
  auto r = run("« La situation est sous contrôle », assure le préfet de région, Bernard Quint.", "fr");
  const auto* qf = r.quote("situation");
  REQUIRE(qf);
  CHECK(r.speaker(*qf) == "Bernard Quint");
}

TEST_CASE("inverted pronoun resolved to the last speaker", "[attribution]") {
  auto r = run("Julie Moreau, directrice de l'hôpital, a reçu les familles.\n"
               "« Nous manquons de lits », a-t-elle reconnu.", "fr");
  const auto* q = r.quote("lits");
  REQUIRE(q);
  CHECK(r.cue(*q) == "a-t-elle reconnu");
  CHECK(r.mention(*q) == "elle");
  CHECK(r.speaker(*q) == "Julie Moreau");
}

TEST_CASE("pronoun subject across paragraphs: the same speaker goes on", "[attribution]") {
  auto r = run("Glen Porter, the mine's manager, spoke to workers on Friday.\n"
               "He said the mine would stay open until 2030.\n"
               "\"Nobody will lose their job,\" he added.", "en");
  const auto* a = r.quote("mine would stay open");
  const auto* b = r.quote("Nobody will lose");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(r.speaker(*a) == "Glen Porter");
  CHECK(r.speaker(*b) == "Glen Porter");
}

TEST_CASE("two speakers in one sentence", "[attribution]") {
  auto r = run("Le maire a assuré que l'eau était potable, mais selon l'association Eau Claire, "
               "des traces de plomb ont été relevées.", "fr");
  const auto* a = r.quote("l'eau était potable");
  const auto* b = r.quote("traces de plomb");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(r.mention(*a) == "Le maire");
  CHECK(r.speaker(*b) != r.speaker(*a));
  CHECK(r.speaker(*b).find("Eau Claire") != std::string::npos);
}

TEST_CASE("a quoted paragraph with no cue continues its speaker", "[attribution]") {
  auto r = run("\"We will appeal,\" said defense attorney Rachel Stone.\n"
               "\"This verdict ignores every piece of evidence we presented.\"", "en");
  const auto* q = r.quote("This verdict ignores");
  REQUIRE(q);
  CHECK(q->type == saywho::QuoteType::Direct);
  CHECK_FALSE(q->cue.has_value());
  CHECK(r.speaker(*q) == "Rachel Stone");
  CHECK(q->confidence < r.quote("We will appeal")->confidence);
}

TEST_CASE("a gerund cue shares the main clause's speaker", "[attribution]") {
  auto r = run("Les prix vont encore baisser, a prévenu M. Aubert, ajoutant que la crise durerait.", "fr");
  const auto* q = r.quote("la crise durerait");
  REQUIRE(q);
  CHECK(r.cue(*q) == "ajoutant");
  CHECK(r.speaker(*q).find("Aubert") != std::string::npos);
}

TEST_CASE("a document as the source keeps the speaker mention on the document", "[attribution]") {
  auto r = run("The audit found that the agency had lost track of 40 vehicles.", "en");
  const auto* q = r.quote("lost track");
  REQUIRE(q);
  CHECK(r.mention(*q) == "The audit");
  auto f = run("Selon le rapport de Transparence Ouest, les fonds ont été détournés.", "fr");
  const auto* qf = f.quote("fonds");
  REQUIRE(qf);
  CHECK(f.mention(*qf) == "le rapport de Transparence Ouest");
  // The reports stage makes the report itself the speaker.
  REQUIRE(qf->speaker);
  CHECK(qf->speaker->front() == 'R');
}

TEST_CASE("passive reporting has no speaker", "[attribution]") {
  auto r = run("The inspectors were told that the records had been destroyed.", "en");
  const auto* q = r.quote("records");
  REQUIRE(q);
  CHECK_FALSE(q->speaker.has_value());
}

TEST_CASE("a subject no lexicon lists: a noun phrase from a determiner or a quantity", "[attribution]") {
  auto e = run("\"Waiting lists have doubled,\" the chief radiologist said.\n"
               "Three ferry operators said they would cancel the winter timetable.", "en");
  const auto* q = e.quote("Waiting lists");
  REQUIRE(q);
  CHECK(e.speaker(*q) == "the chief radiologist");
  const auto* g = e.quote("cancel the winter timetable");
  REQUIRE(g);
  CHECK(e.speaker(*g) == "Three ferry operators");
  auto f = run("Plusieurs riverains ont affirmé que la digue avait cédé dans la nuit.", "fr");
  const auto* qf = f.quote("la digue avait cédé");
  REQUIRE(qf);
  CHECK(f.speaker(*qf) == "Plusieurs riverains");
}

TEST_CASE("a name with its apposition between the quote and the cue", "[attribution]") {
  auto e = run("\"The bridge is safe,\" the council's chief engineer, Ruth Adler, said on Tuesday.", "en");
  const auto* q = e.quote("bridge is safe");
  REQUIRE(q);
  CHECK(e.speaker(*q) == "Ruth Adler");
}

TEST_CASE("a clause then its cue, with a time phrase after the cue", "[attribution]") {
  auto e = run("Ticket sales fell by a third in March, the regional rail operator said on Monday.", "en");
  const auto* q = e.quote("Ticket sales fell");
  REQUIRE(q);
  CHECK(q->type == saywho::QuoteType::Indirect);
  CHECK(e.speaker(*q) == "the regional rail operator");
}

TEST_CASE("an initialism with full stops does not start the reported clause", "[attribution]") {
  auto e = run("Mara Quist said the talks had failed. The country would take the case to the U.N. Human Rights "
               "Council, she added.", "en");
  const auto* q = e.quote("take the case");
  REQUIRE(q);
  CHECK(e.content(*q).rfind("The country would", 0) == 0);
  CHECK(e.speaker(*q) == "Mara Quist");
}

TEST_CASE("a bare noun phrase after a comma is the subject of a closing cue", "[attribution]") {
  auto e = run("The ferry will not sail before Friday, harbour pilots said.\n"
               "The road will reopen in May, city engineers said on Monday.", "en");
  const auto* q = e.quote("ferry will not sail");
  REQUIRE(q);
  CHECK(e.speaker(*q) == "harbour pilots");
  const auto* r = e.quote("road will reopen");
  REQUIRE(r);
  CHECK(e.speaker(*r) == "city engineers");
}

TEST_CASE("a subject behind a possessive, after the clause it reports", "[attribution]") {
  auto e = run("KORVIK, March 3 (Reuters) - Ferry traffic fell by a third in 2025, the island's Port Authority "
               "said on Monday, warning that two routes could close.", "en");
  const auto* q = e.quote("Ferry traffic fell");
  REQUIRE(q);
  CHECK(e.content(*q) == "Ferry traffic fell by a third in 2025");
  CHECK_THAT(e.speaker(*q), Catch::EndsWith("Port Authority"));
  const auto* w = e.quote("two routes could close");
  REQUIRE(w);
  CHECK(e.speaker(*w) == e.speaker(*q));
}

TEST_CASE("a title in quotation marks is no quotation", "[attribution]") {
  auto e = run("In its yearly survey, \"Harbour Watch 2025\", the authority said traffic had fallen.", "en");
  CHECK_FALSE(e.quote("Harbour Watch"));
  const auto* q = e.quote("traffic had fallen");
  REQUIRE(q);
  CHECK(e.speaker(*q) == "the authority");
}

TEST_CASE("a second verb of the subject, and a gerund, report a clause with no \"that\"", "[attribution]") {
  auto e = run("Tomas Veld denied any wrongdoing and said he would appeal the ruling.\n"
               "Greta Moll rejected the criticism, saying ticket prices had fallen since 2023.\n"
               "Greta Moll left the hall, saying nothing about the new timetable for the ferries.", "en");
  const auto* q = e.quote("he would appeal");
  REQUIRE(q);
  CHECK(e.content(*q) == "he would appeal the ruling");
  CHECK(e.speaker(*q) == "Tomas Veld");
  const auto* g = e.quote("ticket prices had fallen");
  REQUIRE(g);
  CHECK(e.speaker(*g) == "Greta Moll");
  CHECK_FALSE(e.quote("nothing about the new timetable"));
}

TEST_CASE("a quotation nested in a direct quote, with the comma inside it", "[attribution]") {
  auto e = run("“They called it ‘tidying the books,’” Ada Brenner said in an interview. “Nobody believed it.”", "en");
  const auto* q = e.quote("They called it");
  REQUIRE(q);
  CHECK(q->type == saywho::QuoteType::Direct);
  CHECK(e.speaker(*q) == "Ada Brenner");
  // The nested quotation is marked too (GUIDELINES), and the voice that goes on is hers.
  const auto* inner = e.quote_starting("tidying");
  REQUIRE(inner);
  CHECK(e.content(*inner) == "tidying the books");
  const auto* next = e.quote("Nobody believed it");
  REQUIRE(next);
  CHECK(e.cue(*next) == "said");
  CHECK(e.speaker(*next) == "Ada Brenner");
}

TEST_CASE("a role behind a genitive name, with the person in apposition", "[attribution]") {
  auto e = run("“The river is choking,” said Riverwatch’s director, Dr Mona Pryce.\n"
               "“We have the samples,” Riverwatch’s chief chemist, Ivo Brandt, said.", "en");
  const auto* q = e.quote("river is choking");
  REQUIRE(q);
  CHECK(e.speaker(*q) == "Mona Pryce");
  const auto* s = e.quote("We have the samples");
  REQUIRE(s);
  CHECK(e.speaker(*s) == "Ivo Brandt");
}

TEST_CASE("a verb particle is no reported clause", "[attribution]") {
  auto e = run("“Mara found out from a journalist,” Ivo Brandt said.", "en");
  CHECK(e.analysis.quotes.size() == 1);
  const auto* q = e.quote("found out");
  REQUIRE(q);
  CHECK(e.speaker(*q) == "Ivo Brandt");
}

TEST_CASE("a document with an adjective and a relative clause before its cue", "[attribution]") {
  auto r = run("Un audit interne, dont Le Courrier a obtenu une copie, conclut que les relevés étaient faussés.", "fr");
  const auto* q = r.quote("relevés étaient faussés");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(q->speaker->front() == 'R');  // the audit speaks, not the newspaper
}

TEST_CASE("the plain present after a plural subject no lexicon lists", "[attribution]") {
  auto e = run("Local fishermen say catches have fallen by a third.\nOfficials say that the ferry will resume in May.", "en");
  const auto* q = e.quote("catches have fallen");
  REQUIRE(q);
  CHECK(e.speaker(*q) == "Local fishermen");
  const auto* f = e.quote("ferry will resume");
  REQUIRE(f);
  CHECK(e.cue(*f) == "say");
  // "say" as a plain form after a singular noun is no cue.
  CHECK(run("The mayor will have her say on the ferry in May.", "en").analysis.quotes.empty());
}

TEST_CASE("an infinitive cue after \"avant de\" shares the main clause's speaker", "[attribution]") {
  auto r = run("La skippeuse Anne Roux a démenti tout abandon, avant d'ajouter : « Nous repartirons dès demain. »", "fr");
  const auto* q = r.quote("Nous repartirons");
  REQUIRE(q);
  CHECK(r.speaker(*q) == "Anne Roux");
  CHECK(r.cue(*q) == "ajouter");
}

TEST_CASE("a time adjunct after a comma closes the reported clause", "[attribution]") {
  auto e = run("Valdor Freight said it had overstated its revenue for three years, days after a former manager "
               "accused two executives of fraud.", "en");
  const auto* q = e.quote("overstated its revenue");
  REQUIRE(q);
  CHECK(e.content(*q) == "it had overstated its revenue for three years");
  auto f = run("La mairie a indiqué que le pont resterait fermé, quelques jours après un nouvel éboulement.", "fr");
  const auto* g = f.quote("le pont resterait fermé");
  REQUIRE(g);
  CHECK(f.content(*g) == "le pont resterait fermé");
}

TEST_CASE("the subject of a cue inside a subordinate clause", "[accusations]") {
  auto e = run("Valdor Freight cut its forecast, days after a former manager accused the board of fraud.", "en");
  REQUIRE(e.analysis.accusations.size() == 1);
  const auto& a = e.analysis.accusations.front();
  REQUIRE(a.accuser);
  const auto* ent = e.entity(*a.accuser);
  REQUIRE(ent);
  CHECK(ent->name == "a former manager");
}

TEST_CASE("a noun with its own \"that\" clause is an object, not a reported clause", "[attribution]") {
  auto e = run("Samuel Okafor said the company had found no evidence that the data had been misused.", "en");
  REQUIRE(e.analysis.quotes.size() == 1);
  CHECK(e.speaker(e.analysis.quotes.front()) == "Samuel Okafor");
}

TEST_CASE("the speaker is the cue's subject in the parse, past a relative clause", "[attribution][syntax]") {
  auto r = run("Parents whose children attended the Harwick school said they were never told about the asbestos.", "en");
  const auto* q = r.quote("asbestos");
  REQUIRE(q);
  CHECK(r.speaker(*q) == "Parents");  // not "the Harwick school", the nearest name

  // A role and the name set off by commas: the name speaks.
  auto a = run("Its ambassador to Manila, Mary Kay Carlson, said the talks would resume.", "en");
  const auto* qa = a.quote("talks");
  REQUIRE(qa);
  CHECK(a.speaker(*qa) == "Mary Kay Carlson");
  // With the second comma left out, after a long role the parse reads as a
  // second subject: the name still speaks.
  auto f = run("Le porte-parole du syndicat des dockers et de la CGT (port), Paul Garnier a qualifié "
               "d'« inacceptable » le plan de la direction.", "fr");
  const auto* qf = f.quote("inacceptable");
  REQUIRE(qf);
  CHECK(f.speaker(*qf) == "Paul Garnier");

  // A headline's "Place: X say …" is two clauses: the place does not speak.
  auto h = run("Ardmore: dock workers say the cranes failed twice\nThe port stayed closed on Monday.", "en");
  const auto* qh = h.quote("cranes");
  REQUIRE(qh);
  CHECK(h.speaker(*qh) != "Ardmore");
}

TEST_CASE("a pronoun speaker is the previous sentence's subject before its object", "[attribution][syntax]") {
  auto r = run("Marie Dupont dirige l'association des riverains depuis dix ans. Elle affirme que les subventions ont "
               "baissé. « On nous abandonne », lâche-t-elle.",
               "fr");
  const auto* q = r.quote("subventions");
  REQUIRE(q);
  CHECK(r.speaker(*q) == "Marie Dupont");
  const auto* d = r.quote("abandonne");
  REQUIRE(d);
  CHECK(r.cue(*d) == "lâche-t-elle");
  CHECK(r.speaker(*d) == "Marie Dupont");

  // The object stays the antecedent when it comes in a later sentence.
  auto o = run("Marie Dupont a quitté la réunion. La présidente de l'association des riverains, Anne Morel, est "
               "restée. Elle affirme que les subventions ont baissé.",
               "fr");
  const auto* qo = o.quote("subventions");
  REQUIRE(qo);
  CHECK(o.speaker(*qo) == "Anne Morel");
}

TEST_CASE("a name, an apposition no list knows, then the cue and a clause without 'that'", "[attribution][en]") {
  auto r = run("Norman Vale, an ABC health planner, warned people will die as a result of the cuts.", "en");
  const auto* q = r.quote("people will die");
  REQUIRE(q);
  CHECK(r.content(*q) == "people will die as a result of the cuts");
  CHECK(r.speaker(*q) == "Norman Vale");
}

TEST_CASE("'Pour elle, …', 'Le syndicat, lui, dénonce', and a generic organisation of another kind", "[attribution][fr]") {
  auto r = run("Marie Dupont, présidente de l'association, dénonce la décision. Pour elle, « c'est un scandale ».", "fr");
  const auto* q = r.quote("scandale");
  REQUIRE(q);
  CHECK(q->type == saywho::QuoteType::According);
  CHECK(r.speaker(*q) == "Marie Dupont");
  auto s = run("Contacté par Le Monde, le ministère n'a pas souhaité réagir. Le syndicat, lui, dénonce « une "
               "provocation ».", "fr");
  const auto* p = s.quote("provocation");
  REQUIRE(p);
  CHECK(s.speaker(*p) == "Le syndicat");
}

TEST_CASE("a pronoun speaker is never named inside what it says", "[attribution]") {
  auto r = run("L'association Vigie Cygnes a découvert un cygne mort. La mairie a retiré la barrière de sécurité "
               "trop tôt, regrette-t-elle.", "fr");
  const auto* q = r.quote("barrière");
  REQUIRE(q);
  CHECK(r.speaker(*q) == "Vigie Cygnes");
}

TEST_CASE("a pronoun speaker is never a noun phrase opened by a contracted preposition", "[attribution][syntax]") {
  // "du conseil municipal" is "de le conseil…": a complement, no antecedent.
  auto r = run("Le maire Paul Arnaud a réagi. « C'est une honte », a-t-il déclaré après la réunion du conseil "
               "municipal. Le budget sera voté en mars, précise-t-il.",
               "fr");
  const auto* q = r.quote("budget sera voté");
  REQUIRE(q);
  CHECK(r.speaker(*q) == "Paul Arnaud");
}

TEST_CASE("'ce dernier' / 'the latter' is the last one named, not the subject before", "[attribution]") {
  auto fr = run("Le ministre Paul Arnaud a répondu au député Marc Petit. Ce dernier avait affirmé que le budget était "
                "truqué.",
                "fr");
  const auto* q = fr.quote("budget était truqué");
  REQUIRE(q);
  CHECK(fr.speaker(*q) == "Marc Petit");
  auto en = run("The minister replied to senator Mark Hill. The latter had said the budget was rigged.", "en");
  const auto* e = en.quote("budget was rigged");
  REQUIRE(e);
  CHECK(en.speaker(*e) == "Mark Hill");
  // Gender and number still filter: "ces derniers" skips a woman named last.
  auto p = run("Les syndicats ont rencontré la ministre Anne Morel. Ces derniers ont affirmé que rien n'avait changé.",
               "fr");
  const auto* qp = p.quote("rien n'avait changé");
  REQUIRE(qp);
  CHECK(p.speaker(*qp) == "Les syndicats");
}

TEST_CASE("a bare definite description that speaks is the last speaker named before it", "[attribution][entities]") {
  // The NGO named, then described: one party in the panel, not two.
  auto ngo = run("Le nombre de tortues marines a encore baissé en 2025, indique le FMT dans son bilan annuel. "
                 "« Jamais la situation n'a été aussi grave », s'alarme l'ONG.",
                 "fr");
  const auto* q = ngo.quote("Jamais la situation");
  REQUIRE(q);
  CHECK(ngo.speaker(*q) == "le FMT");
  // Through a pronoun: "il" stands for "L'ancien ambassadeur", who is the
  // last speaker, Paul Ardent, and not the minister named in between.
  auto envoy = run("« Le ministère ne m'écoute plus », déclare Paul Ardent. Il critique la ministre Lise Caron. "
                   "L'ancien ambassadeur s'interroge aussi sur les nominations. « Tout se décide sans nous », "
                   "dit-il.",
                   "fr");
  const auto* e = envoy.quote("Tout se décide");
  REQUIRE(e);
  CHECK(envoy.speaker(*e) == "Paul Ardent");
  // A description with a complement can bring in someone new: it stays apart.
  auto minister = run("« Nous ne céderons pas », déclare Paul Ardent. Le ministre de la Santé a répondu que "
                      "les crédits seraient votés.",
                      "fr");
  const auto* m = minister.quote("crédits seraient votés");
  REQUIRE(m);
  CHECK(minister.speaker(*m) == "Le ministre de la Santé");
  // A role narrowed by a noun before it brings someone in, unless the last
  // speaker was given that role ("Mayor Tom Reed … The town mayor").
  auto leader = run("\"They lied to us,\" said Maria Lopez. The opposition leader said the vote had been rigged. "
                    "\"We will go on,\" said Mayor Tom Reed. The town mayor said the count would resume.",
                    "en");
  CHECK(leader.speaker_of("vote had been rigged") == "The opposition leader");
  CHECK(leader.speaker_of("count would resume") == "Tom Reed");
}

TEST_CASE("someone brought in by an indefinite description stays apart from the last speaker", "[attribution][entities]") {
  auto r = run("\"We will not leave,\" Mary Stone said. An unnamed security official spoke to reporters later. "
               "\"The border is closed,\" the official said.",
               "en");
  const auto* q = r.quote("border is closed");
  REQUIRE(q);
  CHECK(r.speaker(*q) != "Mary Stone");
  const auto* first = r.quote("We will not leave");
  REQUIRE(first);
  CHECK(r.speaker(*first) == "Mary Stone");
}

TEST_CASE("'Et d'ajouter : « … »': the narrative infinitive goes on with the last speaker", "[attribution][quotes]") {
  auto r = run("« Nous ne fermerons pas l'école », a assuré la maire Anne Morel devant les parents. "
               "Et d'ajouter : « Rien n'est encore décidé pour la cantine. »",
               "fr");
  const auto* q = r.quote("Rien n'est encore décidé");
  REQUIRE(q);
  CHECK(q->type == saywho::QuoteType::Direct);
  CHECK(r.speaker(*q) == "Anne Morel");
  // No quote before it: the previous sentence's subject.
  auto s = run("Le préfet Marc Aubry a visité le chantier lundi. Et de conclure que les travaux reprendraient en mai.",
               "fr");
  const auto* c = s.quote("travaux reprendraient");
  REQUIRE(c);
  CHECK(s.speaker(*c) == "Marc Aubry");
}

TEST_CASE("a subject no list knows, after 'tandis que' / 'whereas'", "[attribution]") {
  auto fr = run("Le syndicat a qualifié la réforme de « provocation », tandis que le patronat a salué « un texte "
                "équilibré ».",
                "fr");
  const auto* q = fr.quote("texte équilibré");
  REQUIRE(q);
  CHECK(fr.speaker(*q) == "le patronat");
  auto en = run("The union called the reform \"a provocation\", whereas the employers praised \"a balanced text\".", "en");
  const auto* e = en.quote("balanced text");
  REQUIRE(e);
  CHECK(en.speaker(*e) == "the employers");
}

TEST_CASE("an inverted subject behind a phrase of circumstance: a person or an organisation", "[attribution]") {
  // "à l'AFP Sophie Marchand": the agency and the person are two names.
  auto afp = run("« C'est inadmissible », a déclaré à l'AFP Sophie Marchand, présidente de l'association.", "fr");
  const auto* a = afp.quote("inadmissible");
  REQUIRE(a);
  CHECK(afp.speaker(*a) == "Sophie Marchand");
  auto org = run("« La situation est sous contrôle », a indiqué dans un communiqué le ministère de la Santé.", "fr");
  const auto* o = org.quote("sous contrôle");
  REQUIRE(o);
  CHECK(org.speaker(*o) == "le ministère de la Santé");
  // A name of no known kind, and a name with a relative clause after it.
  auto name = run("« Les délais sont tenus », souligne dans un communiqué la Voirie-Métropole, à propos du chantier. "
                  "« Le portail était ouvert », raconte dans un article paru jeudi Marc Olier qui a pu lire "
                  "le rapport.", "fr");
  const auto* n1 = name.quote("délais");
  REQUIRE(n1);
  CHECK(name.speaker(*n1) == "la Voirie-Métropole");
  const auto* n2 = name.quote("portail");
  REQUIRE(n2);
  CHECK(name.speaker(*n2) == "Marc Olier");
  // The object of the phrase's preposition is not the speaker.
  auto obj = run("« Nous partirons », a déclaré le maire devant l'Assemblée nationale.", "fr");
  const auto* p = obj.quote("Nous partirons");
  REQUIRE(p);
  CHECK(obj.speaker(*p) == "le maire");
}

TEST_CASE("quotation marks inside an apposition do not cut the subject from its verb", "[attribution]") {
  auto r = run("Le document, rédigé en mars par le cabinet Aubert et intitulé « Revue des essais », pointe une "
               "« défaillance grave » des contrôles.",
               "fr");
  const auto* q = r.quote("défaillance grave");
  REQUIRE(q);
  CHECK(r.mention(*q) == "Le document");
  // The title right after the noun, no comma before it.
  auto t = run("Un rapport intitulé « Rivières en danger », publié mardi par l'association Eaux vives, affirme que "
               "les seuils sont dépassés.",
               "fr");
  const auto* c = t.quote("seuils sont dépassés");
  REQUIRE(c);
  CHECK(t.mention(*c) == "Un rapport");
}

TEST_CASE("a document's publisher named by an organisation in its complement", "[attribution][reports]") {
  auto r = run("Selon le dernier décompte du ministère de la Santé, douze personnes sont mortes.", "fr");
  const auto* q = r.quote("douze personnes");
  REQUIRE(q);
  CHECK(r.speaker(*q) == "ministère de la Santé");
}

