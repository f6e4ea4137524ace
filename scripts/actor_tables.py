"""Hand-written actor data merged into timeline/data/actors.json by `build_actors.py`.

SUCCESSIONS: offices as their holders followed one another.

    [FR] Präsident                      <- a header: country (ISO alpha-2, "-" for none) and office
      Jacques Chirac 1995-05-17         <- holder and first day; the term ends when the next begins
      Ségolène Royal 2007..2008         <- (example) an own end; ".." alone: still open
      Élisabeth Borne 2022-05-16 (f)    <- (f): the feminine office ("Premierministerin")

Dates as exact as known: a year ("2005") or a month ("2005-03") stands for its first day and
says that the day is not known. Canonical names are the usual German press spellings; the
matcher adds the surname alone (the last word), genitives and diacritic-free forms itself.

PEOPLE: "Canonical #XX: alias; alias" (#XX, the person's country, only where no role of theirs
gives it). ORGANISATIONS: "Canonical | XX or - | alias; alias".
"""

EUROPE = """
[AL] Präsident
  Rexhep Meidani 1997-07-24
  Alfred Moisiu 2002-07-24
  Bamir Topi 2007-07-24
  Bujar Nishani 2012-07-24
  Ilir Meta 2017-07-24
  Bajram Begaj 2022-07-24
[AL] Ministerpräsident
  Ilir Meta 1999-10-29
  Pandeli Majko 2002-02-22
  Fatos Nano 2002-07-31
  Sali Berisha 2005-09-11
  Edi Rama 2013-09-15
[AD] Regierungschef
  Albert Pintat 2005-05..2009-06
  Jaume Bartumeu 2009-06
  Antoni Martí 2011-05-12
  Xavier Espot Zamora 2019-05-16
[AT] Bundespräsident
  Thomas Klestil 1992-07-08..2004-07-06
  Heinz Fischer 2004-07-08..2016-07-08
  Alexander Van der Bellen 2017-01-26
[AT] Bundeskanzler
  Wolfgang Schüssel 2000-02-04
  Alfred Gusenbauer 2007-01-11
  Werner Faymann 2008-12-02..2016-05-09
  Christian Kern 2016-05-17
  Sebastian Kurz 2017-12-18..2019-05-28
  Hartwig Löger 2019-05-28..2019-06-03
  Brigitte Bierlein 2019-06-03 (f)
  Sebastian Kurz 2020-01-07
  Alexander Schallenberg 2021-10-11
  Karl Nehammer 2021-12-06
  Alexander Schallenberg 2025-01-10
  Christian Stocker 2025-03-03
[BE] König
  König Albert II. 1993-08-09
  König Philippe 2013-07-21
[BE] Premierminister
  Guy Verhofstadt 1999-07-12
  Yves Leterme 2008-03-20
  Herman Van Rompuy 2008-12-30
  Yves Leterme 2009-11-25
  Elio Di Rupo 2011-12-06
  Charles Michel 2014-10-11
  Sophie Wilmès 2019-10-27 (f)
  Alexander De Croo 2020-10-01
  Bart De Wever 2025-02-03
[BA] Regierungschef
  Adnan Terzić 2002-12-23
  Nikola Špirić 2007-01-11
  Vjekoslav Bevanda 2012-01-12
  Denis Zvizdić 2015-02-11
  Zoran Tegeltija 2019-12-23
  Borjana Krišto 2023-01-25
[-] Hoher Repräsentant für Bosnien und Herzegowina
  Wolfgang Petritsch 1999-08-18
  Paddy Ashdown 2002-05-27
  Christian Schwarz-Schilling 2006-02-01
  Miroslav Lajčák 2007-07-02
  Valentin Inzko 2009-03-26
  Christian Schmidt 2021-08-01
[-] Präsident der Republika Srpska
  Milorad Dodik 2010-11-15..2018-11-19
[BG] Präsident
  Petar Stojanow 1997-01-22
  Georgi Parwanow 2002-01-22
  Rossen Plewneliew 2012-01-22
  Rumen Radew 2017-01-22
[BG] Ministerpräsident
  Iwan Kostow 1997-05-21
  Simeon Sakskoburggotski 2001-07-24
  Sergej Stanischew 2005-08-16
  Bojko Borissow 2009-07-27
  Marin Rajkow 2013-03-13
  Plamen Orescharski 2013-05-29
  Georgi Bliznaschki 2014-08-06
  Bojko Borissow 2014-11-07
  Ognjan Gerdschikow 2017-01-27
  Bojko Borissow 2017-05-04
  Stefan Janew 2021-05-12
  Kiril Petkow 2021-12-13
  Galab Donew 2022-08-02
  Nikolai Denkow 2023-06-06
  Dimitar Glawtschew 2024-04-09
  Rossen Scheljaskow 2025-01-16
[HR] Präsident
  Stjepan Mesić 2000-02-18
  Ivo Josipović 2010-02-18
  Kolinda Grabar-Kitarović 2015-02-19 (f)
  Zoran Milanović 2020-02-19
[HR] Ministerpräsident
  Ivica Račan 2000-01-27
  Ivo Sanader 2003-12-23
  Jadranka Kosor 2009-07-06 (f)
  Zoran Milanović 2011-12-23
  Tihomir Orešković 2016-01-22
  Andrej Plenković 2016-10-19
[CY] Präsident
  Glafkos Klerides 1993-02-28
  Tassos Papadopoulos 2003-02-28
  Dimitris Christofias 2008-02-28
  Nikos Anastasiadis 2013-02-28
  Nikos Christodoulidis 2023-02-28
[CZ] Präsident
  Václav Havel 1993-02-02..2003-02-02
  Václav Klaus 2003-03-07..2013-03-07
  Miloš Zeman 2013-03-08..2023-03-08
  Petr Pavel 2023-03-09
[CZ] Ministerpräsident
  Miloš Zeman 1998-07-17
  Vladimír Špidla 2002-07-15..2004-08-04
  Jiří Paroubek 2005-04-25
  Mirek Topolánek 2006-09-04
  Jan Fischer 2009-05-08
  Petr Nečas 2010-07-13
  Jiří Rusnok 2013-07-10
  Bohuslav Sobotka 2014-01-29
  Andrej Babiš 2017-12-06
  Petr Fiala 2021-12-17
  Andrej Babiš 2025-12-09
[DK] König
  Königin Margrethe II. 1972-01-14 (f)
  König Frederik X. 2024-01-14
[DK] Ministerpräsident
  Poul Nyrup Rasmussen 1993-01-25
  Anders Fogh Rasmussen 2001-11-27
  Lars Løkke Rasmussen 2009-04-05
  Helle Thorning-Schmidt 2011-10-03 (f)
  Lars Løkke Rasmussen 2015-06-28
  Mette Frederiksen 2019-06-27 (f)
[EE] Präsident
  Lennart Meri 1992-10-06
  Arnold Rüütel 2001-10-08
  Toomas Hendrik Ilves 2006-10-09
  Kersti Kaljulaid 2016-10-10 (f)
  Alar Karis 2021-10-11
[EE] Ministerpräsident
  Mart Laar 1999-03-25
  Siim Kallas 2002-01-28
  Juhan Parts 2003-04-10
  Andrus Ansip 2005-04-13
  Taavi Rõivas 2014-03-26
  Jüri Ratas 2016-11-23
  Kaja Kallas 2021-01-26 (f)
  Kristen Michal 2024-07-23
[FI] Präsident
  Tarja Halonen 2000-03-01 (f)
  Sauli Niinistö 2012-03-01
  Alexander Stubb 2024-03-01
[FI] Ministerpräsident
  Paavo Lipponen 1995-04-13
  Anneli Jäätteenmäki 2003-04-17 (f)
  Matti Vanhanen 2003-06-24
  Mari Kiviniemi 2010-06-22 (f)
  Jyrki Katainen 2011-06-22
  Alexander Stubb 2014-06-24
  Juha Sipilä 2015-05-29
  Antti Rinne 2019-06-06
  Sanna Marin 2019-12-10 (f)
  Petteri Orpo 2023-06-20
[FR] Premierminister
  Lionel Jospin 1997-06-02
  Jean-Pierre Raffarin 2002-05-06
  Dominique de Villepin 2005-05-31
  François Fillon 2007-05-17
  Jean-Marc Ayrault 2012-05-15
[DE] Bundespräsident
  Johannes Rau 1999-07-01
  Horst Köhler 2004-07-01..2010-05-31
[GR] Präsident
  Konstantinos Stefanopoulos 1995-03-10
  Karolos Papoulias 2005-03-12
  Prokopis Pavlopoulos 2015-03-13
  Katerina Sakellaropoulou 2020-03-13 (f)
  Konstantinos Tasoulas 2025-03-13
[GR] Ministerpräsident
  Kostas Simitis 1996-01-22
  Kostas Karamanlis 2004-03-10
  Giorgos Papandreou 2009-10-06
  Lucas Papademos 2011-11-11
  Panagiotis Pikrammenos 2012-05-17
  Antonis Samaras 2012-06-20
  Alexis Tsipras 2015-01-26..2015-08-27
  Vassiliki Thanou 2015-08-27 (f)
  Alexis Tsipras 2015-09-21
  Kyriakos Mitsotakis 2019-07-08
[HU] Präsident
  Ferenc Mádl 2000-08-04
  László Sólyom 2005-08-05
  Pál Schmitt 2010-08-06..2012-04-02
[HU] Ministerpräsident
  Viktor Orbán 1998-07-06
  Péter Medgyessy 2002-05-27
  Ferenc Gyurcsány 2004-09-29
  Gordon Bajnai 2009-04-14
  Viktor Orbán 2010-05-29
[IS] Präsident
  Ólafur Ragnar Grímsson 1996-08-01
  Guðni Jóhannesson 2016-08-01
  Halla Tómasdóttir 2024-08-01 (f)
[IS] Ministerpräsident
  Davíð Oddsson 1991-04-30
  Halldór Ásgrímsson 2004-09-15
  Geir Haarde 2006-06-15
  Jóhanna Sigurðardóttir 2009-02-01 (f)
  Sigmundur Davíð Gunnlaugsson 2013-05-23
  Sigurður Ingi Jóhannsson 2016-04-07
  Bjarni Benediktsson 2017-01-11
  Katrín Jakobsdóttir 2017-11-30 (f)
  Bjarni Benediktsson 2024-04-09
  Kristrún Frostadóttir 2024-12-21 (f)
[IE] Präsident
  Mary McAleese 1997-11-11 (f)
  Michael D. Higgins 2011-11-11
  Catherine Connolly 2025-11-11 (f)
[IE] Premierminister
  Bertie Ahern 1997-06-26
  Brian Cowen 2008-05-07
  Enda Kenny 2011-03-09
  Leo Varadkar 2017-06-14
  Micheál Martin 2020-06-27
  Leo Varadkar 2022-12-17
  Simon Harris 2024-04-09
  Micheál Martin 2025-01-23
[IT] Präsident
  Carlo Azeglio Ciampi 1999-05-18
  Giorgio Napolitano 2006-05-15..2015-01-14
  Sergio Mattarella 2015-02-03
[IT] Ministerpräsident
  Massimo D'Alema 1998-10-21
  Giuliano Amato 2000-04-26
  Silvio Berlusconi 2001-06-11
  Romano Prodi 2006-05-17
  Silvio Berlusconi 2008-05-08
[XK] Präsident
  Ibrahim Rugova 2002-03-04..2006-01-21
  Fatmir Sejdiu 2006-02-10..2010-09-27
  Behgjet Pacolli 2011-02-22..2011-04-07
  Atifete Jahjaga 2011-04-07 (f)
  Hashim Thaçi 2016-04-07..2020-11-05
  Vjosa Osmani 2021-04-04 (f)
[XK] Ministerpräsident
  Bajram Rexhepi 2002-03-04
  Ramush Haradinaj 2004-12-03..2005-03-08
  Bajram Kosumi 2005-03-25
  Agim Çeku 2006-03-10
  Hashim Thaçi 2008-01-09
  Isa Mustafa 2014-12-09
  Ramush Haradinaj 2017-09-09
  Albin Kurti 2020-02-03
  Avdullah Hoti 2020-06-03
  Albin Kurti 2021-03-22
[LV] Präsident
  Vaira Vīķe-Freiberga 1999-07-08 (f)
  Valdis Zatlers 2007-07-08
  Andris Bērziņš 2011-07-08
  Raimonds Vējonis 2015-07-08
  Egils Levits 2019-07-08
  Edgars Rinkēvičs 2023-07-08
[LV] Ministerpräsident
  Einars Repše 2002-11-07
  Indulis Emsis 2004-03-09
  Aigars Kalvītis 2004-12-02
  Ivars Godmanis 2007-12-20
  Valdis Dombrovskis 2009-03-12
  Laimdota Straujuma 2014-01-22 (f)
  Māris Kučinskis 2016-02-11
  Krišjānis Kariņš 2019-01-23
  Evika Siliņa 2023-09-15 (f)
[LI] Fürst
  Fürst Hans-Adam II. 1989-11-13
[LI] Regierungschef
  Otmar Hasler 2001-04-05
  Klaus Tschütscher 2009-03-25
  Adrian Hasler 2013-03-27
  Daniel Risch 2021-03-25
  Brigitte Haas 2025-04-10
[LT] Präsident
  Valdas Adamkus 1998-02-26..2003-02-26
  Rolandas Paksas 2003-02-26..2004-04-06
  Valdas Adamkus 2004-07-12
  Dalia Grybauskaitė 2009-07-12 (f)
  Gitanas Nausėda 2019-07-12
[LT] Ministerpräsident
  Algirdas Brazauskas 2001-07-03..2006-06-01
  Gediminas Kirkilas 2006-07-18
  Andrius Kubilius 2008-12-09
  Algirdas Butkevičius 2012-12-13
  Saulius Skvernelis 2016-12-13
  Ingrida Šimonytė 2020-12-11 (f)
  Gintautas Paluckas 2024-12-12..2025-08
  Inga Ruginienė 2025-08 (f)
[LU] Großherzog
  Großherzog Henri 2000-10-07
  Großherzog Guillaume 2025-10-03
[LU] Premierminister
  Jean-Claude Juncker 1995-01-20
  Xavier Bettel 2013-12-04
  Luc Frieden 2023-11-17
[MT] Präsident
  Guido de Marco 1999-04-04
  Eddie Fenech Adami 2004-04-04
  George Abela 2009-04-04
  Marie-Louise Coleiro Preca 2014-04-04 (f)
  George Vella 2019-04-04
  Myriam Spiteri Debono 2024-04-04 (f)
[MT] Premierminister
  Eddie Fenech Adami 1998-09-06
  Lawrence Gonzi 2004-03-23
  Joseph Muscat 2013-03-11
  Robert Abela 2020-01-13
[MD] Präsident
  Vladimir Voronin 2001-04-07..2009-09-11
  Nicolae Timofti 2012-03-23
  Igor Dodon 2016-12-23
  Maia Sandu 2020-12-24 (f)
[MD] Ministerpräsident
  Vasile Tarlev 2001-04-19
  Zinaida Greceanîi 2008-03-31 (f)
  Vlad Filat 2009-09-25
  Iurie Leancă 2013-05-31
  Chiril Gaburici 2015-02-18
  Valeriu Streleț 2015-07-30..2015-10-29
  Pavel Filip 2016-01-20
  Maia Sandu 2019-06-08 (f)
  Ion Chicu 2019-11-14..2020-12
  Natalia Gavrilița 2021-08-06 (f)
  Dorin Recean 2023-02-16
[MC] Fürst
  Fürst Rainier III. 1949-05-09
  Fürst Albert II. 2005-04-06
[ME] Präsident
  Milo Đukanović 1998-01-15..2002-11-25
  Filip Vujanović 2003-05-22
  Milo Đukanović 2018-05-20
  Jakov Milatović 2023-05-20
[ME] Ministerpräsident
  Filip Vujanović 1998-02-05..2002-11-08
  Milo Đukanović 2003-01-08
  Željko Šturanović 2006-11-10
  Milo Đukanović 2008-02-29
  Igor Lukšić 2010-12-29
  Milo Đukanović 2012-12-04
  Duško Marković 2016-11-28
  Zdravko Krivokapić 2020-12-04
  Dritan Abazović 2022-04-28
  Milojko Spajić 2023-10-31
[NL] König
  Königin Beatrix 1980-04-30 (f)
  König Willem-Alexander 2013-04-30
[NL] Ministerpräsident
  Wim Kok 1994-08-22
  Jan Peter Balkenende 2002-07-22
  Mark Rutte 2010-10-14
[MK] Präsident
  Boris Trajkovski 1999-12-15..2004-02-26
  Branko Crvenkovski 2004-05-12
  Gjorge Ivanov 2009-05-12
  Stevo Pendarovski 2019-05-12
  Gordana Siljanovska-Davkova 2024-05-12 (f)
[MK] Ministerpräsident
  Ljubčo Georgievski 1998-11-30
  Branko Crvenkovski 2002-11-01..2004-05-12
  Hari Kostov 2004-06-02..2004-11-18
  Vlado Bučkovski 2004-12-17
  Nikola Gruevski 2006-08-27
  Emil Dimitriev 2016-01-18
  Zoran Zaev 2017-05-31
  Oliver Spasovski 2020-01-03
  Zoran Zaev 2020-08-31
  Dimitar Kovačevski 2022-01-17
  Talat Xhaferi 2024-01-28
  Hristijan Mickoski 2024-06-23
[NO] König
  König Harald V. 1991-01-17
[NO] Ministerpräsident
  Kjell Magne Bondevik 1997-10-17
  Jens Stoltenberg 2000-03-17
  Kjell Magne Bondevik 2001-10-19
  Jens Stoltenberg 2005-10-17
[PL] Präsident
  Aleksander Kwaśniewski 1995-12-23
  Lech Kaczyński 2005-12-23..2010-04-10
  Bronisław Komorowski 2010-08-06
[PL] Ministerpräsident
  Jerzy Buzek 1997-10-31
  Leszek Miller 2001-10-19
  Marek Belka 2004-05-02
  Kazimierz Marcinkiewicz 2005-10-31
  Jarosław Kaczyński 2006-07-14
  Donald Tusk 2007-11-16
[PT] Präsident
  Jorge Sampaio 1996-03-09
  Aníbal Cavaco Silva 2006-03-09
  Marcelo Rebelo de Sousa 2016-03-09
[PT] Premierminister
  António Guterres 1995-10-28
  José Manuel Barroso 2002-04-06
  Pedro Santana Lopes 2004-07-17
  José Sócrates 2005-03-12
  Pedro Passos Coelho 2011-06-21
  António Costa 2015-11-26
[RO] Präsident
  Emil Constantinescu 1996-11-29
  Ion Iliescu 2000-12-20
  Traian Băsescu 2004-12-20
  Klaus Iohannis 2014-12-21..2025-02-12
  Ilie Bolojan 2025-02-12..2025-05-26
  Nicușor Dan 2025-05-26
[RO] Ministerpräsident
  Mugur Isărescu 1999-12-22
  Adrian Năstase 2000-12-28
  Călin Popescu-Tăriceanu 2004-12-29
  Emil Boc 2008-12-22
  Mihai Răzvan Ungureanu 2012-02-09
  Victor Ponta 2012-05-07
  Dacian Cioloș 2015-11-17
  Sorin Grindeanu 2017-01-04
  Mihai Tudose 2017-06-29
  Viorica Dăncilă 2018-01-29 (f)
  Ludovic Orban 2019-11-04
  Florin Cîțu 2020-12-23
  Nicolae Ciucă 2021-11-25
  Marcel Ciolacu 2023-06-15..2025-05-06
  Ilie Bolojan 2025-06-23
[RU] Ministerpräsident
  Michail Kassjanow 2000-05-17..2004-02-24
  Michail Fradkow 2004-03-05
  Wiktor Subkow 2007-09-14..2008-05-07
[RS] Präsident
  Milan Milutinović 1997-12-29..2002-12-29
  Boris Tadić 2004-07-11..2012-04-05
  Tomislav Nikolić 2012-05-31
  Aleksandar Vučić 2017-05-31
[RS] Ministerpräsident
  Zoran Đinđić 2001-01-25..2003-03-12
  Zoran Živković 2003-03-18
  Vojislav Koštunica 2004-03-03
  Mirko Cvetković 2008-07-07
  Ivica Dačić 2012-07-27
  Aleksandar Vučić 2014-04-27
  Ana Brnabić 2017-06-29 (f)
  Miloš Vučević 2024-05-02
  Đuro Macut 2025-04-16
[SK] Präsident
  Rudolf Schuster 1999-06-15
  Ivan Gašparovič 2004-06-15
  Andrej Kiska 2014-06-15
  Zuzana Čaputová 2019-06-15 (f)
[SK] Ministerpräsident
  Mikuláš Dzurinda 1998-10-30
  Robert Fico 2006-07-04
  Iveta Radičová 2010-07-08 (f)
  Robert Fico 2012-04-04
  Peter Pellegrini 2018-03-22
  Igor Matovič 2020-03-21
  Eduard Heger 2021-04-01
  Ľudovít Ódor 2023-05-15
  Robert Fico 2023-10-25
[SI] Präsident
  Milan Kučan 1991-06-25
  Janez Drnovšek 2002-12-22
  Danilo Türk 2007-12-22
  Borut Pahor 2012-12-22
  Nataša Pirc Musar 2022-12-23 (f)
[SI] Ministerpräsident
  Janez Drnovšek 1992-05-14..2000-06-07
  Andrej Bajuk 2000-06-07
  Janez Drnovšek 2000-11-30..2002-12-19
  Anton Rop 2002-12-19
  Janez Janša 2004-12-03
  Borut Pahor 2008-11-21
  Janez Janša 2012-02-10
  Alenka Bratušek 2013-03-20 (f)
  Miro Cerar 2014-09-18
  Marjan Šarec 2018-09-13
  Janez Janša 2020-03-13
  Robert Golob 2022-06-01
[ES] Ministerpräsident
  José María Aznar 1996-05-05
  José Luis Rodríguez Zapatero 2004-04-17
  Mariano Rajoy 2011-12-21
[SE] König
  König Carl XVI. Gustaf 1973-09-15
[SE] Ministerpräsident
  Göran Persson 1996-03-22
  Fredrik Reinfeldt 2006-10-06
  Stefan Löfven 2014-10-03
[CH] Bundespräsident
  Adolf Ogi 2000-01-01..2000-12-31
  Moritz Leuenberger 2001-01-01..2001-12-31
  Kaspar Villiger 2002-01-01..2002-12-31
  Pascal Couchepin 2003-01-01..2003-12-31
  Joseph Deiss 2004-01-01..2004-12-31
  Samuel Schmid 2005-01-01..2005-12-31
  Moritz Leuenberger 2006-01-01..2006-12-31
  Micheline Calmy-Rey 2007-01-01..2007-12-31 (f)
  Pascal Couchepin 2008-01-01..2008-12-31
  Hans-Rudolf Merz 2009-01-01..2009-12-31
  Doris Leuthard 2010-01-01..2010-12-31 (f)
  Micheline Calmy-Rey 2011-01-01..2011-12-31 (f)
  Eveline Widmer-Schlumpf 2012-01-01..2012-12-31 (f)
  Simonetta Sommaruga 2015-01-01..2015-12-31 (f)
  Simonetta Sommaruga 2020-01-01..2020-12-31 (f)
[GB] Premierminister
  Tony Blair 1997-05-02
  Gordon Brown 2007-06-27
  David Cameron 2010-05-11
[UA] Ministerpräsident
  Viktor Juschtschenko 1999-12-22
  Anatolij Kinach 2001-05-29
  Viktor Janukowitsch 2002-11-21..2005-01-05
  Jurij Jechanurow 2005-09-22..2006-08-04
[BY] Ministerpräsident
  Wladimir Jermoschin 2000-02-18
  Gennadi Nowizki 2001-10
  Sergej Sidorski 2003-07
  Michail Mjasnikowitsch 2010-12-28
  Andrej Kobjakow 2014-12-27
  Sergej Rumas 2018-08-18
  Roman Golowtschenko 2020-06-04
  Alexander Turtschin 2024-04-09
[GE] Präsident
  Eduard Schewardnadse 1995-11-26..2003-11-23
[GE] Ministerpräsident
  Surab Schwania 2004-02-17..2005-02-03
  Surab Noghaideli 2005-02-17..2007-11-16
  Lado Gurgenidse 2007-11-22
  Grigol Mgaloblischwili 2008-11-01
  Nika Gilauri 2009-02-06
  Wano Merabischwili 2012-07-04..2012-10-25
[AM] Ministerpräsident
  Andranik Markarjan 2000-05-12..2007-03-25
  Sersch Sargsjan 2007-04-04
  Tigran Sargsjan 2008-04-09
  Howik Abrahamjan 2014-04-13
  Karen Karapetjan 2016-09-13..2018-04-17
[AZ] Präsident
  Heydar Alijew 1993-06-24..2003-10-31
[AZ] Ministerpräsident
  Artur Rasisade 1996-11-26..2003-08-04
  Ilham Alijew 2003-08-04..2003-11-04
  Artur Rasisade 2003-11-04
  Nowrus Mammadow 2018-04-21
  Ali Asadow 2019-10-08
"""

MIDDLE_EAST = """
[TR] Präsident
  Ahmet Necdet Sezer 2000-05-16
  Abdullah Gül 2007-08-28
[TR] Ministerpräsident
  Bülent Ecevit 1999-01-11
  Abdullah Gül 2002-11-18
  Recep Tayyip Erdoğan 2003-03-14
[IL] Präsident
  Mosche Katzav 2000-08-01..2007-07-01
  Schimon Peres 2007-07-15
[IL] Ministerpräsident
  Ehud Barak 1999-07-06
  Ariel Scharon 2001-03-07
  Ehud Olmert 2006-04-14
  Benjamin Netanjahu 2009-03-31
[PS] Präsident
  Jassir Arafat 1996-02-12..2004-11-11
  Mahmud Abbas 2005-01-15
[PS] Ministerpräsident
  Mahmud Abbas 2003-04-30
  Ahmed Kurei 2003-10-07
  Ismail Hanija 2006-03-29
  Salam Fajad 2007-06-15
  Rami Hamdallah 2013-06-06
  Mohammed Schtajjeh 2019-04-14
[LB] Präsident
  Émile Lahoud 1998-11-24..2007-11-23
  Michel Suleiman 2008-05-25..2014-05-25
  Michel Aoun 2016-10-31..2022-10-30
  Joseph Aoun 2025-01-09
[LB] Ministerpräsident
  Rafik Hariri 2000-10-23
  Omar Karami 2004-10-21
  Nadschib Mikati 2005-04-19
  Fouad Siniora 2005-07-19
  Saad Hariri 2009-11-09
  Nadschib Mikati 2011-06-13
  Tammam Salam 2014-02-15
  Saad Hariri 2016-12-18
  Hassan Diab 2020-01-21
  Nadschib Mikati 2021-09-10
  Nawaf Salam 2025-02-08
[SY] Präsident
  Hafis al-Assad 1971-03-14..2000-06-10
[JO] Ministerpräsident
  Omar al-Rassas 2018-06-14
  Bischer al-Chasawneh 2020-10-12
  Dschafar Hassan 2024-09-18
[IQ] Präsident
  Saddam Hussein 1979-07-16..2003-04-09
  Ghasi al-Jawar 2004-06-28
  Dschalal Talabani 2005-04-07
  Fuad Masum 2014-07-24
  Barham Salih 2018-10-02
  Abdul Latif Raschid 2022-10-17
[IQ] Ministerpräsident
  Ijad Allawi 2004-06-28
  Ibrahim al-Dschafari 2005-05-03
  Nuri al-Maliki 2006-05-20
  Haider al-Abadi 2014-09-08
  Adel Abdul-Mahdi 2018-10-25
  Mustafa al-Kasimi 2020-05-07
  Mohammed Schia al-Sudani 2022-10-27
[SA] König
  König Fahd 1982-06-13
  Abdullah bin Abdulaziz 2005-08-01..2015-01-23
[SA] Kronprinz
  Abdullah bin Abdulaziz 1982-06-13..2005-08-01
  Sultan bin Abdulaziz 2005-08-01..2011-10-22
  Nayef bin Abdulaziz 2011-10-27..2012-06-16
  König Salman 2012-06-18
  Mukrin bin Abdulaziz 2015-01-23
  Mohammed bin Naif 2015-04-29..2017-06-21
[SA] Außenminister
  Saud al-Faisal 1975-03-13..2015-04-29
  Ibrahim al-Assaf 2018-12-27..2019-10-23
[AE] Präsident
  Zayed bin Sultan Al Nahyan 1971-12-02..2004-11-02
[AE] Kronprinz
  Mohammed bin Zayed 2004-11-03..2022-05-14
[AE] Ministerpräsident
  Maktum bin Raschid Al Maktum 1990-11-20..2006-01-04
  Mohammed bin Raschid Al Maktum 2006-01-05
[QA] Ministerpräsident
  Hamad bin Dschassim Al Thani 2007-04-03
  Abdullah bin Nasser Al Thani 2013-06-26
  Chalid bin Chalifa Al Thani 2020-01-28..2023-03-07
[KW] Emir
  Dschabir al-Ahmad al-Sabah 1977-12-31..2006-01-15
  Sabah al-Ahmad al-Sabah 2006-01-29..2020-09-29
  Nawaf al-Ahmad al-Sabah 2020-09-30..2023-12-16
  Mischal al-Ahmad al-Sabah 2023-12-16
[BH] Emir
  Hamad bin Isa al-Chalifa 1999-03-06..2002-02-14
[BH] König
  Hamad bin Isa al-Chalifa 2002-02-14
[BH] Ministerpräsident
  Chalifa bin Salman Al Chalifa 1971-08-15..2020-11-11
  Salman bin Hamad Al Chalifa 2020-11-11
[OM] Sultan
  Sultan Qabus 1970-07-23..2020-01-10
  Sultan Haitham bin Tarik 2020-01-11
[YE] Präsident
  Ali Abdullah Salih 1990-05-22..2012-02-27
  Abed Rabbo Mansur Hadi 2012-02-27..2022-04-07
[YE] Vorsitzender des Präsidialrats
  Raschad al-Alimi 2022-04-07
[IR] Präsident
  Mohammed Chatami 1997-08-03..2005-08-03
[EG] Präsident
  Adli Mansur 2013-07-04..2014-06-08
[EG] Vorsitzender des Militärrats
  Mohammed Hussein Tantawi 2011-02-11..2012-06-30
[EG] Ministerpräsident
  Atef Ebeid 1999-10-05
  Ahmed Nasif 2004-07-14
  Ahmed Schafik 2011-01-29
  Essam Scharaf 2011-03-03
  Kamal al-Gansuri 2011-12-07
  Hischam Kandil 2012-08-02
  Hasem al-Beblawi 2013-07-16
  Ibrahim Mahlab 2014-03-01
  Scherif Ismail 2015-09-19
  Mostafa Madbuli 2018-06-07
[AF] Präsident
  Hamid Karsai 2004-12-07
[AF] Oberster Führer
  Hibatullah Achundsada 2021-08-15
[AF] Ministerpräsident
  Mohammed Hassan Achund 2021-09-07
[AF] Regierungsgeschäftsführer
  Abdullah Abdullah 2014-09-29..2020-05
"""

AFRICA = """
[LY] Revolutionsführer
  Muammar al-Gaddafi 1969-09-01..2011-08-23
[LY] Vorsitzender des Nationalen Übergangsrats
  Mustafa Abdul Dschalil 2011-03-05..2012-08-08
[LY] Ministerpräsident
  Fajis al-Sarradsch 2016-03-30..2021-03-15
  Abdul Hamid Dbaiba 2021-03-15
[LY] Vorsitzender des Präsidialrats
  Mohammed al-Menfi 2021-03-15
[TN] Präsident
  Zine el-Abidine Ben Ali 1987-11-07..2011-01-14
  Fouad Mebazaa 2011-01-15
  Moncef Marzouki 2011-12-13
  Béji Caïd Essebsi 2014-12-31..2019-07-25
  Kais Saied 2019-10-23
[DZ] Präsident
  Abdelaziz Bouteflika 1999-04-27..2019-04-02
  Abdelkader Bensalah 2019-04-09
  Abdelmadjid Tebboune 2019-12-19
[MA] König
  König Mohammed VI. 1999-07-23
[MA] Ministerpräsident
  Driss Jettou 2002-10-09
  Abbas El Fassi 2007-09-19
  Abdelilah Benkirane 2011-11-29
  Saadeddine Othmani 2017-04-05
  Aziz Akhannouch 2021-10-07
[MR] Präsident
  Mohamed Ould Abdel Aziz 2009-08-05
  Mohamed Ould Ghazouani 2019-08-01
[SD] Präsident
  Omar al-Baschir 1989-06-30..2019-04-11
[SD] Vorsitzender des Souveränen Rats
  Abdel Fattah al-Burhan 2019-08-21
[SD] Ministerpräsident
  Abdalla Hamdok 2019-08-21..2022-01-02
[SS] Präsident
  Salva Kiir 2011-07-09
[ET] Ministerpräsident
  Meles Zenawi 1995-08-23..2012-08-20
  Hailemariam Desalegn 2012-08-21
  Abiy Ahmed 2018-04-02
[ET] Präsident
  Girma Wolde-Giorgis 2001-10-08
  Mulatu Teshome 2013-10-07
  Sahle-Work Zewde 2018-10-25 (f)
  Taye Atske Selassie 2024-10-07
[ER] Präsident
  Isaias Afewerki 1993-05-24
[DJ] Präsident
  Ismail Omar Guelleh 1999-05-08
[SO] Präsident
  Abdullahi Yusuf Ahmed 2004-10-14..2008-12-29
  Sharif Sheikh Ahmed 2009-01-31..2012-08-20
  Hassan Sheikh Mohamud 2012-09-16
  Mohamed Abdullahi Farmajo 2017-02-16
  Hassan Sheikh Mohamud 2022-06-09
[KE] Präsident
  Daniel arap Moi 1978-10-14
  Mwai Kibaki 2002-12-30
  Uhuru Kenyatta 2013-04-09
  William Ruto 2022-09-13
[KE] Ministerpräsident
  Raila Odinga 2008-04-17..2013-04-09
[TZ] Präsident
  Benjamin Mkapa 1995-11-23
  Jakaya Kikwete 2005-12-21
  John Magufuli 2015-11-05..2021-03-17
  Samia Suluhu Hassan 2021-03-19 (f)
[UG] Präsident
  Yoweri Museveni 1986-01-29
[RW] Präsident
  Paul Kagame 2000-04-22
[BI] Präsident
  Pierre Buyoya 1996-07-25
  Domitien Ndayizeye 2003-04-30
  Pierre Nkurunziza 2005-08-26..2020-06-08
  Évariste Ndayishimiye 2020-06-18
[CD] Präsident
  Laurent-Désiré Kabila 1997-05-17..2001-01-16
  Joseph Kabila 2001-01-17
  Félix Tshisekedi 2019-01-24
[CG] Präsident
  Denis Sassou-Nguesso 1997-10-25
[GA] Präsident
  Omar Bongo 1967-12-02..2009-06-08
  Ali Bongo Ondimba 2009-10-16
  Brice Clotaire Oligui Nguema 2023-08-30
[CM] Präsident
  Paul Biya 1982-11-06
[TD] Präsident
  Idriss Déby 1990-12-02
  Mahamat Idriss Déby 2021-04-20
[CF] Präsident
  Ange-Félix Patassé 1993-10-22
  François Bozizé 2003-03-15
  Michel Djotodia 2013-03-24..2014-01-10
  Catherine Samba-Panza 2014-01-23 (f)
  Faustin-Archange Touadéra 2016-03-30
[GQ] Präsident
  Teodoro Obiang 1979-08-03
[NG] Präsident
  Olusegun Obasanjo 1999-05-29
  Umaru Yar'Adua 2007-05-29..2010-05-05
  Goodluck Jonathan 2010-05-06
  Muhammadu Buhari 2015-05-29
  Bola Tinubu 2023-05-29
[GH] Präsident
  Jerry Rawlings 1993-01-07
  John Kufuor 2001-01-07
  John Atta Mills 2009-01-07..2012-07-24
  John Dramani Mahama 2012-07-24
  Nana Akufo-Addo 2017-01-07
  John Dramani Mahama 2025-01-07
[SN] Präsident
  Abdou Diouf 1981-01-01
  Abdoulaye Wade 2000-04-01
  Macky Sall 2012-04-02
  Bassirou Diomaye Faye 2024-04-02
[SN] Premierminister
  Ousmane Sonko 2024-04-02
[ML] Präsident
  Alpha Oumar Konaré 1992-06-08
  Amadou Toumani Touré 2002-06-08..2012-03-22
  Dioncounda Traoré 2012-04-12
  Ibrahim Boubacar Keïta 2013-09-04..2020-08-18
  Bah N'Daw 2020-09-25
  Assimi Goïta 2021-05-24
[BF] Präsident
  Blaise Compaoré 1987-10-15..2014-10-31
  Michel Kafando 2014-11-18
  Roch Marc Christian Kaboré 2015-12-29
  Paul-Henri Sandaogo Damiba 2022-01-24
  Ibrahim Traoré 2022-09-30
[NE] Präsident
  Mamadou Tandja 1999-12-22
  Salou Djibo 2010-02-18
  Mahamadou Issoufou 2011-04-07
  Mohamed Bazoum 2021-04-02
  Abdourahamane Tiani 2023-07-26
[GN] Präsident
  Lansana Conté 1984-04-05..2008-12-22
  Moussa Dadis Camara 2008-12-24..2009-12-03
  Alpha Condé 2010-12-21
  Mamady Doumbouya 2021-10-01
[GW] Präsident
  Umaro Sissoco Embaló 2020-02-27
[CI] Präsident
  Laurent Gbagbo 2000-10-26
  Alassane Ouattara 2011-04-11
[LR] Präsident
  Charles Taylor 1997-08-02..2003-08-11
  Ellen Johnson Sirleaf 2006-01-16 (f)
  George Weah 2018-01-22
  Joseph Boakai 2024-01-22
[SL] Präsident
  Ahmad Tejan Kabbah 1998-03-10
  Ernest Bai Koroma 2007-09-17
  Julius Maada Bio 2018-04-04
[GM] Präsident
  Yahya Jammeh 1994-07-22
  Adama Barrow 2017-01-19
[CV] Präsident
  Pedro Pires 2001-03-22
  Jorge Carlos Fonseca 2011-09-09
  José Maria Neves 2021-11-09
[ST] Präsident
  Fradique de Menezes 2001-09-03
  Manuel Pinto da Costa 2011-09-03
  Evaristo Carvalho 2016-09-03
  Carlos Vila Nova 2021-10-02
[TG] Präsident
  Gnassingbé Eyadéma 1967-04-14..2005-02-05
  Faure Gnassingbé 2005-05-04..2025-05-03
[TG] Präsident des Ministerrats
  Faure Gnassingbé 2025-05-03
[BJ] Präsident
  Mathieu Kérékou 1996-04-04
  Boni Yayi 2006-04-06
  Patrice Talon 2016-04-06
[AO] Präsident
  José Eduardo dos Santos 1979-09-21
  João Lourenço 2017-09-26
[ZM] Präsident
  Levy Mwanawasa 2002-01-02..2008-08-19
  Rupiah Banda 2008-08-19
  Michael Sata 2011-09-23..2014-10-28
  Edgar Lungu 2015-01-25
  Hakainde Hichilema 2021-08-24
[ZW] Präsident
  Robert Mugabe 1987-12-31..2017-11-21
  Emmerson Mnangagwa 2017-11-24
[ZW] Ministerpräsident
  Morgan Tsvangirai 2009-02-11..2013-09-11
[MW] Präsident
  Bakili Muluzi 1994-05-21
  Bingu wa Mutharika 2004-05-24..2012-04-05
  Joyce Banda 2012-04-07 (f)
  Peter Mutharika 2014-05-31
  Lazarus Chakwera 2020-06-28
  Peter Mutharika 2025-10-04
[MZ] Präsident
  Joaquim Chissano 1986-11-06
  Armando Guebuza 2005-02-02
  Filipe Nyusi 2015-01-15
  Daniel Chapo 2025-01-15
[MG] Präsident
  Didier Ratsiraka 1997-02-09
  Marc Ravalomanana 2002-05-06
  Andry Rajoelina 2009-03-17
  Hery Rajaonarimampianina 2014-01-25..2018-09-07
  Andry Rajoelina 2019-01-19
  Michael Randrianirina 2025-10
[MU] Premierminister
  Navin Ramgoolam 1995-12-22
  Anerood Jugnauth 2000-09-17
  Paul Bérenger 2003-09-30
  Navin Ramgoolam 2005-07-05
  Anerood Jugnauth 2014-12-17
  Pravind Jugnauth 2017-01-23
  Navin Ramgoolam 2024-11-13
[NA] Präsident
  Sam Nujoma 1990-03-21
  Hifikepunye Pohamba 2005-03-21
  Hage Geingob 2015-03-21..2024-02-04
  Nangolo Mbumba 2024-02-04
  Netumbo Nandi-Ndaitwah 2025-03-21 (f)
[BW] Präsident
  Festus Mogae 1998-04-01
  Ian Khama 2008-04-01
  Mokgweetsi Masisi 2018-04-01
  Duma Boko 2024-11-01
[ZA] Präsident
  Thabo Mbeki 1999-06-14..2008-09-24
  Kgalema Motlanthe 2008-09-25
  Jacob Zuma 2009-05-09
[LS] König
  König Letsie III. 1996-02-07
[LS] Ministerpräsident
  Pakalitha Mosisili 1998-05-29
  Tom Thabane 2012-06-08
  Pakalitha Mosisili 2015-03-17
  Tom Thabane 2017-06-16
  Moeketsi Majoro 2020-05-20
  Sam Matekane 2022-10-28
[SZ] König
  König Mswati III. 1986-04-25
[KM] Präsident
  Azali Assoumani 1999-04-30..2006-05-26
  Ahmed Abdallah Sambi 2006-05-26
  Ikililou Dhoinine 2011-05-26
  Azali Assoumani 2016-05-26
[SC] Präsident
  France-Albert René 1977-06-05
  James Michel 2004-06-16
  Danny Faure 2016-10-16
  Wavel Ramkalawan 2020-10-26
  Patrick Herminie 2025-10-26
"""

AMERICAS = """
[CA] Premierminister
  Jean Chrétien 1993-11-04
  Paul Martin 2003-12-12
  Stephen Harper 2006-02-06
[MX] Präsident
  Ernesto Zedillo 1994-12-01
  Vicente Fox 2000-12-01
  Felipe Calderón 2006-12-01
  Enrique Peña Nieto 2012-12-01
  Andrés Manuel López Obrador 2018-12-01
[GT] Präsident
  Alfonso Portillo 2000-01-14
  Óscar Berger 2004-01-14
  Álvaro Colom 2008-01-14
  Otto Pérez Molina 2012-01-14
  Alejandro Maldonado 2015-09-03
  Jimmy Morales 2016-01-14
  Alejandro Giammattei 2020-01-14
  Bernardo Arévalo 2024-01-15
[BZ] Premierminister
  Said Musa 1998-08-27
  Dean Barrow 2008-02-08
  Johnny Briceño 2020-11-12
[HN] Präsident
  Manuel Zelaya 2006-01-27
  Roberto Micheletti 2009-06-28
  Porfirio Lobo 2010-01-27
  Juan Orlando Hernández 2014-01-27
  Xiomara Castro 2022-01-27..2026-01-27 (f)
[SV] Präsident
  Francisco Flores 1999-06-01
  Antonio Saca 2004-06-01
  Mauricio Funes 2009-06-01
  Salvador Sánchez Cerén 2014-06-01
  Nayib Bukele 2019-06-01
[NI] Präsident
  Arnoldo Alemán 1997-01-10
  Enrique Bolaños 2002-01-10
  Daniel Ortega 2007-01-10
[CR] Präsident
  Abel Pacheco 2002-05-08
  Óscar Arias 2006-05-08
  Laura Chinchilla 2010-05-08 (f)
  Luis Guillermo Solís 2014-05-08
  Carlos Alvarado 2018-05-08
  Rodrigo Chaves 2022-05-08
[PA] Präsident
  Mireya Moscoso 1999-09-01 (f)
  Martín Torrijos 2004-09-01
  Ricardo Martinelli 2009-07-01
  Juan Carlos Varela 2014-07-01
  Laurentino Cortizo 2019-07-01
  José Raúl Mulino 2024-07-01
[CU] Präsident
  Fidel Castro 1976-12-02..2008-02-24
[CU] Ministerpräsident
  Manuel Marrero Cruz 2019-12-21
[DO] Präsident
  Hipólito Mejía 2000-08-16
  Leonel Fernández 2004-08-16
  Danilo Medina 2012-08-16
  Luis Abinader 2020-08-16
[HT] Präsident
  Jean-Bertrand Aristide 2001-02-07..2004-02-29
  René Préval 2006-05-14
  Michel Martelly 2011-05-14..2016-02-07
  Jovenel Moïse 2017-02-07..2021-07-07
[HT] Premierminister
  Ariel Henry 2021-07-20..2024-04-25
  Garry Conille 2024-06-03
  Alix Didier Fils-Aimé 2024-11-11
[JM] Premierminister
  P. J. Patterson 1992-03-30
  Portia Simpson-Miller 2006-03-30 (f)
  Bruce Golding 2007-09-11
  Andrew Holness 2011-10-23
  Portia Simpson-Miller 2012-01-05 (f)
  Andrew Holness 2016-03-03
[TT] Premierminister
  Patrick Manning 2001-12-24
  Kamla Persad-Bissessar 2010-05-26 (f)
  Keith Rowley 2015-09-09
  Stuart Young 2025-03-17
  Kamla Persad-Bissessar 2025-05-01 (f)
[BS] Premierminister
  Hubert Ingraham 1992-08-21
  Perry Christie 2002-05-03
  Hubert Ingraham 2007-05-04
  Perry Christie 2012-05-08
  Hubert Minnis 2017-05-11
  Philip Davis 2021-09-17
[BB] Premierminister
  Owen Arthur 1994-09-06
  David Thompson 2008-01-16..2010-10-23
  Freundel Stuart 2010-10-23
  Mia Mottley 2018-05-25 (f)
[AG] Premierminister
  Baldwin Spencer 2004-03-24
  Gaston Browne 2014-06-13
[DM] Premierminister
  Roosevelt Skerrit 2004-01-08
[GD] Premierminister
  Keith Mitchell 1995-06-22
  Tillman Thomas 2008-07-09
  Keith Mitchell 2013-02-20
  Dickon Mitchell 2022-06-24
[KN] Premierminister
  Denzil Douglas 1995-07-06
  Timothy Harris 2015-02-18
  Terrance Drew 2022-08-06
[LC] Premierminister
  Kenny Anthony 2011-11-30
  Allen Chastanet 2016-06-07
  Philip J. Pierre 2021-07-28
[VC] Premierminister
  Ralph Gonsalves 2001-03-29
[GY] Präsident
  Bharrat Jagdeo 1999-08-11
  Donald Ramotar 2011-12-03
  David Granger 2015-05-16
  Irfaan Ali 2020-08-02
[SR] Präsident
  Ronald Venetiaan 2000-08-12
  Dési Bouterse 2010-08-12
  Chan Santokhi 2020-07-16
  Jennifer Geerlings-Simons 2025-07-16 (f)
[CO] Präsident
  Andrés Pastrana 1998-08-07
  Álvaro Uribe 2002-08-07
  Juan Manuel Santos 2010-08-07
  Iván Duque 2018-08-07
  Gustavo Petro 2022-08-07
[EC] Präsident
  Gustavo Noboa 2000-01-22
  Lucio Gutiérrez 2003-01-15
  Alfredo Palacio 2005-04-20
  Rafael Correa 2007-01-15
  Lenín Moreno 2017-05-24
  Guillermo Lasso 2021-05-24
  Daniel Noboa 2023-11-23
[PE] Präsident
  Alberto Fujimori 1990-07-28
  Valentín Paniagua 2000-11-22
  Alejandro Toledo 2001-07-28
  Alan García 2006-07-28
  Ollanta Humala 2011-07-28
  Pedro Pablo Kuczynski 2016-07-28
  Martín Vizcarra 2018-03-23
  Manuel Merino 2020-11-10..2020-11-15
  Francisco Sagasti 2020-11-17
  Pedro Castillo 2021-07-28
  Dina Boluarte 2022-12-07 (f)
  José Jerí 2025-10-10
[BO] Präsident
  Hugo Banzer 1997-08-06
  Jorge Quiroga 2001-08-07
  Gonzalo Sánchez de Lozada 2002-08-06
  Carlos Mesa 2003-10-17
  Eduardo Rodríguez Veltzé 2005-06-09
  Evo Morales 2006-01-22..2019-11-10
  Jeanine Áñez 2019-11-12 (f)
  Luis Arce 2020-11-08
  Rodrigo Paz 2025-11-08
[BR] Präsident
  Fernando Henrique Cardoso 1995-01-01
  Luiz Inácio Lula da Silva 2003-01-01
[CL] Präsident
  Ricardo Lagos 2000-03-11
  Michelle Bachelet 2006-03-11 (f)
  Sebastián Piñera 2010-03-11
  Michelle Bachelet 2014-03-11 (f)
  Sebastián Piñera 2018-03-11
  Gabriel Boric 2022-03-11..2026-03-11
[AR] Präsident
  Fernando de la Rúa 1999-12-10..2001-12-21
  Eduardo Duhalde 2002-01-02
  Néstor Kirchner 2003-05-25
  Cristina Fernández de Kirchner 2007-12-10 (f)
[UY] Präsident
  Jorge Batlle 2000-03-01
  Tabaré Vázquez 2005-03-01
  José Mujica 2010-03-01
  Tabaré Vázquez 2015-03-01
  Luis Lacalle Pou 2020-03-01
  Yamandú Orsi 2025-03-01
[PY] Präsident
  Luis González Macchi 1999-03-28
  Nicanor Duarte 2003-08-15
  Fernando Lugo 2008-08-15
  Federico Franco 2012-06-22
  Horacio Cartes 2013-08-15
  Mario Abdo Benítez 2018-08-15
  Santiago Peña 2023-08-15
"""

ASIA = """
[KZ] Ministerpräsident
  Kassym-Schomart Tokajew 1999-10-01
  Imangali Tasmagambetow 2002-01-28
  Danijal Achmetow 2003-06-13
  Karim Massimow 2007-01-10
  Serik Achmetow 2012-09-24
  Karim Massimow 2014-04-02
  Bakytschan Sagintajew 2016-09-09
  Askar Mamin 2019-02-25..2022-01-05
[KG] Präsident
  Askar Akajew 1990-10-27..2005-04-04
  Kurmanbek Bakijew 2005-08-14..2010-04-15
  Rosa Otunbajewa 2010-07-03 (f)
  Almasbek Atambajew 2011-12-01
  Sooronbai Dscheenbekow 2017-11-24..2020-10-15
[TJ] Ministerpräsident
  Oqil Oqilow 1999-12-20
  Kochir Rasulsoda 2013-11-23
[TM] Präsident
  Saparmurat Nijasow 1990-10-27..2006-12-21
[UZ] Präsident
  Islam Karimow 1990-03-24..2016-09-02
[UZ] Ministerpräsident
  Schawkat Mirsijojew 2003-12-12
  Abdulla Aripow 2016-12-14
[MN] Präsident
  Zachiagiin Elbegdordsch 2009-06-18
  Chaltmaagiin Battulga 2017-07-10
  Uchnaagiin Chürelsüch 2021-06-25
[CN] Präsident
  Jiang Zemin 1993-03-27..2003-03-15
[CN] Ministerpräsident
  Zhu Rongji 1998-03-17..2003-03-16
[HK] Regierungschef
  Tung Chee-hwa 1997-07-01..2005-03-12
  Donald Tsang 2005-06-21
  Leung Chun-ying 2012-07-01
  Carrie Lam 2017-07-01  # office as the generic word: "die Regierungschefin" must stay generic
  John Lee 2022-07-01
[TW] Präsident
  Chen Shui-bian 2000-05-20..2008-05-20
[JP] Ministerpräsident
  Yoshirō Mori 2000-04-05
  Jun'ichirō Koizumi 2001-04-26
  Shinzo Abe 2006-09-26
  Yasuo Fukuda 2007-09-26
  Tarō Asō 2008-09-24
  Yukio Hatoyama 2009-09-16
  Naoto Kan 2010-06-08
  Yoshihiko Noda 2011-09-02
  Shinzo Abe 2012-12-26
[KR] Präsident
  Kim Dae Jung 1998-02-25
  Roh Moo Hyun 2003-02-25
  Lee Myung Bak 2008-02-25
  Park Geun Hye 2013-02-25 (f)
[KR] Ministerpräsident
  Han Duck Soo 2022-05-21..2025-05-01
[VN] Präsident
  Tran Duc Luong 1997-09-24
  Nguyen Minh Triet 2006-06-27
  Truong Tan Sang 2011-07-25
  Tran Dai Quang 2016-04-02..2018-09-21
  Nguyen Phu Trong 2018-10-23
  Nguyen Xuan Phuc 2021-04-05..2023-01-18
  Vo Van Thuong 2023-03-02..2024-03-21
  To Lam 2024-05-22
  Luong Cuong 2024-10-21
[VN] Generalsekretär der Kommunistischen Partei
  Nguyen Phu Trong 2011-01-19..2024-07-19
  To Lam 2024-08-03
[VN] Ministerpräsident
  Phan Van Khai 1997-09-25
  Nguyen Tan Dung 2006-06-27
  Nguyen Xuan Phuc 2016-04-07
  Pham Minh Chinh 2021-04-05
[LA] Präsident
  Khamtai Siphandon 1998-02-24
  Choummaly Sayasone 2006-06-08
  Bounnhang Vorachith 2016-04-20
  Thongloun Sisoulith 2021-03-22
[LA] Ministerpräsident
  Thongloun Sisoulith 2016-04-20
  Phankham Viphavanh 2021-03-22
  Sonexay Siphandone 2022-12-30
[KH] König
  König Norodom Sihanouk 1993-09-24..2004-10-07
  König Norodom Sihamoni 2004-10-14
[KH] Ministerpräsident
  Hun Sen 1985-01-14
  Hun Manet 2023-08-22
[TH] König
  König Bhumibol 1946-06-09..2016-10-13
  König Maha Vajiralongkorn 2016-10-13
[TH] Ministerpräsident
  Chuan Leekpai 1997-11-09
  Thaksin Shinawatra 2001-02-09..2006-09-19
  Surayud Chulanont 2006-10-01
  Samak Sundaravej 2008-01-29..2008-09-09
  Somchai Wongsawat 2008-09-18..2008-12-02
  Abhisit Vejjajiva 2008-12-17
  Yingluck Shinawatra 2011-08-05..2014-05-07 (f)
  Prayut Chan-o-cha 2014-08-24
  Srettha Thavisin 2023-08-22..2024-08-14
  Paetongtarn Shinawatra 2024-08-16..2025-08-29 (f)
  Anutin Charnvirakul 2025-09
[MM] Staatsratsvorsitzender
  Than Shwe 1992-04-23..2011-03-30
[MM] Präsident
  Thein Sein 2011-03-30
  Htin Kyaw 2016-03-30..2018-03-21
  Win Myint 2018-03-30..2021-02-01
[MM] Staatsrätin
  Aung San Suu Kyi 2016-04-06..2021-02-01
[MM] Juntachef
  Min Aung Hlaing 2021-02-01
[MY] Premierminister
  Mahathir Mohamad 1981-07-16
  Abdullah Ahmad Badawi 2003-10-31
  Najib Razak 2009-04-03
  Mahathir Mohamad 2018-05-10
  Muhyiddin Yassin 2020-03-01..2021-08-16
  Ismail Sabri Yaakob 2021-08-21
  Anwar Ibrahim 2022-11-24
[SG] Premierminister
  Goh Chok Tong 1990-11-28
  Lee Hsien Loong 2004-08-12
  Lawrence Wong 2024-05-15
[SG] Präsident
  S. R. Nathan 1999-09-01
  Tony Tan 2011-09-01..2017-08-31
  Halimah Yacob 2017-09-14..2023-09-13 (f)
  Tharman Shanmugaratnam 2023-09-14
[ID] Präsident
  Abdurrahman Wahid 1999-10-20
  Megawati Sukarnoputri 2001-07-23 (f)
  Susilo Bambang Yudhoyono 2004-10-20
  Joko Widodo 2014-10-20
[PH] Präsident
  Joseph Estrada 1998-06-30
  Gloria Macapagal-Arroyo 2001-01-20 (f)
  Benigno Aquino 2010-06-30
  Rodrigo Duterte 2016-06-30
  Ferdinand Marcos Jr. 2022-06-30
[BN] Sultan
  Sultan Hassanal Bolkiah 1967-10-05
[TL] Präsident
  Xanana Gusmão 2002-05-20
  José Ramos-Horta 2007-05-20..2012-05-20
  Taur Matan Ruak 2012-05-20..2017-05-20
  José Ramos-Horta 2022-05-20
[TL] Premierminister
  Mari Alkatiri 2002-05-20..2006-06-26
  José Ramos-Horta 2006-07-10..2007-05-19
  Xanana Gusmão 2007-08-08..2015-02-16
  Taur Matan Ruak 2018-06-22
  Xanana Gusmão 2023-07-01
[IN] Premierminister
  Atal Bihari Vajpayee 1998-03-19
  Manmohan Singh 2004-05-22
[IN] Präsident
  K. R. Narayanan 1997-07-25
  A. P. J. Abdul Kalam 2002-07-25
  Pratibha Patil 2007-07-25 (f)
  Pranab Mukherjee 2012-07-25
[PK] Präsident
  Rafiq Tarar 1998-01-01
  Pervez Musharraf 2001-06-20..2008-08-18
  Asif Ali Zardari 2008-09-09
  Mamnoon Hussain 2013-09-09
  Arif Alvi 2018-09-09
  Asif Ali Zardari 2024-03-10
[PK] Premierminister
  Zafarullah Khan Jamali 2002-11-23..2004-06-26
  Shaukat Aziz 2004-08-28..2007-11-16
  Yousaf Raza Gilani 2008-03-25..2012-04-26
  Raja Pervez Ashraf 2012-06-22..2013-03-25
  Nawaz Sharif 2013-06-05..2017-07-28
  Shahid Khaqan Abbasi 2017-08-01..2018-05-31
  Imran Khan 2018-08-18
  Shehbaz Sharif 2022-04-11
  Anwaar-ul-Haq Kakar 2023-08-14
  Shehbaz Sharif 2024-03-04
[BD] Premierministerin
  Sheikh Hasina 1996-06-23..2001-07-15
  Khaleda Zia 2001-10-10..2006-10-29
  Sheikh Hasina 2009-01-06..2024-08-05
[BD] Regierungschef
  Muhammad Yunus 2024-08-08
[LK] Präsident
  Chandrika Kumaratunga 1994-11-12 (f)
  Mahinda Rajapaksa 2005-11-19
  Maithripala Sirisena 2015-01-09
  Gotabaya Rajapaksa 2019-11-18..2022-07-14
  Ranil Wickremesinghe 2022-07-21
  Anura Kumara Dissanayake 2024-09-23
[NP] König
  König Gyanendra 2001-06-04..2008-05-28
[NP] Ministerpräsident
  Pushpa Kamal Dahal 2008-08-18..2009-05-25
  Sushil Koirala 2014-02-11
  K. P. Sharma Oli 2015-10-12
  Pushpa Kamal Dahal 2016-08-04
  Sher Bahadur Deuba 2017-06-07
  K. P. Sharma Oli 2018-02-15
  Sher Bahadur Deuba 2021-07-13
  Pushpa Kamal Dahal 2022-12-26
  K. P. Sharma Oli 2024-07-15..2025-09-09
  Sushila Karki 2025-09-12 (f)
[BT] König
  König Jigme Singye Wangchuck 1972-07-21..2006-12-09
  König Jigme Khesar Namgyel Wangchuck 2006-12-09
[BT] Premierminister
  Tshering Tobgay 2013-07-27..2018-08-07
  Lotay Tshering 2018-11-07
  Tshering Tobgay 2024-01-28
[MV] Präsident
  Maumoon Abdul Gayoom 1978-11-11
  Mohamed Nasheed 2008-11-11
  Mohamed Waheed Hassan 2012-02-07
  Abdulla Yameen 2013-11-17
  Ibrahim Mohamed Solih 2018-11-17
  Mohamed Muizzu 2023-11-17
"""

OCEANIA = """
[AU] Premierminister
  John Howard 1996-03-11
  Kevin Rudd 2007-12-03
  Julia Gillard 2010-06-24 (f)
  Kevin Rudd 2013-06-27..2013-09-18
[NZ] Premierminister
  Helen Clark 1999-12-10 (f)
  John Key 2008-11-19
  Bill English 2016-12-12
  Jacinda Ardern 2017-10-26 (f)
  Chris Hipkins 2023-01-25
  Christopher Luxon 2023-11-27
[PG] Premierminister
  Mekere Morauta 1999-07-14
  Michael Somare 2002-08-05
  Peter O'Neill 2011-08-02
  James Marape 2019-05-30
[FJ] Premierminister
  Laisenia Qarase 2000-07-28..2006-12-05
  Frank Bainimarama 2007-01-05
  Sitiveni Rabuka 2022-12-24
[SB] Premierminister
  Manasseh Sogavare 2019-04-24
  Jeremiah Manele 2024-05-02
[VU] Premierminister
  Bob Loughman 2020-04-20
  Ishmael Kalsakau 2022-11-04
  Sato Kilman 2023-09-04
  Charlot Salwai 2023-10-06
  Jotham Napat 2025-02-11
[WS] Premierminister
  Tuilaepa Sailele Malielegaoi 1998-11-23
  Fiamē Naomi Mataʻafa 2021-05-24..2025-09 (f)
[TO] König
  König George Tupou V. 2006-09-11
  König Tupou VI. 2012-03-18
[KI] Präsident
  Anote Tong 2003-07-10
  Taneti Maamau 2016-03-11
[MH] Präsident
  Hilda Heine 2016-01-28 (f)
  David Kabua 2020-01-13
  Hilda Heine 2024-01-03 (f)
[FM] Präsident
  Manny Mori 2007-05-11
  Peter Christian 2015-05-11
  David Panuelo 2019-05-11
  Wesley Simina 2023-05-11
[NR] Präsident
  Baron Waqa 2013-06-11
  Lionel Aingimea 2019-08-27
  Russ Kun 2022-09-29..2023-10-25
  David Adeang 2023-10-30
[PW] Präsident
  Tommy Remengesau 2001-01-01
  Johnson Toribiong 2009-01-15
  Tommy Remengesau 2013-01-17
  Surangel Whipps 2021-01-21
[TV] Premierminister
  Enele Sopoaga 2013-08-05
  Kausea Natano 2019-09-19
  Feleti Teo 2024-02-26
"""

# Foreign ministers of the G20 states and the permanent members of the UN Security Council.
FOREIGN_MINISTERS = """
[US] Außenminister
  Madeleine Albright 1997-01-23..2001-01-20 (f)
  Colin Powell 2001-01-20
  Condoleezza Rice 2005-01-26..2009-01-20 (f)
[RU] Außenminister
  Igor Iwanow 1998-09-11..2004-03-09
[CN] Außenminister
  Tang Jiaxuan 1998-03-18
  Li Zhaoxing 2003-03-17
  Yang Jiechi 2007-04-27
[FR] Außenminister
  Hubert Védrine 1997-06-04
  Dominique de Villepin 2002-05-07
  Michel Barnier 2004-03-31
  Philippe Douste-Blazy 2005-06-02
  Bernard Kouchner 2007-05-18
  Michèle Alliot-Marie 2010-11-14 (f)
  Alain Juppé 2011-02-27
  Laurent Fabius 2012-05-16
[GB] Außenminister
  Robin Cook 1997-05-02
  Jack Straw 2001-06-08
  Margaret Beckett 2006-05-05 (f)
  David Miliband 2007-06-28
  William Hague 2010-05-12
[IT] Außenminister
  Renato Ruggiero 2001-06-11..2002-01-06
  Franco Frattini 2002-11-14
  Gianfranco Fini 2004-11-18
  Massimo D'Alema 2006-05-17
  Franco Frattini 2008-05-08
  Giulio Terzi 2011-11-16..2013-03-26
  Emma Bonino 2013-04-28 (f)
  Federica Mogherini 2014-02-22 (f)
[JP] Außenminister
  Makiko Tanaka 2001-04-26..2002-01-30 (f)
  Yoriko Kawaguchi 2002-02-01 (f)
  Nobutaka Machimura 2004-09-27
  Tarō Asō 2005-10-31
  Nobutaka Machimura 2007-08-27
  Masahiko Kōmura 2007-09-26
  Hirofumi Nakasone 2008-09-24
  Katsuya Okada 2009-09-16
  Seiji Maehara 2010-09-17..2011-03-07
  Takeaki Matsumoto 2011-03-09
  Kōichirō Genba 2011-09-02
  Fumio Kishida 2012-12-26
[IN] Außenminister
  Jaswant Singh 1998-12-05..2002-07-01
  Yashwant Sinha 2002-07-01
  Natwar Singh 2004-05-22..2005-11-06
  Pranab Mukherjee 2006-10-24
  S. M. Krishna 2009-05-22
  Salman Khurshid 2012-10-28
  Sushma Swaraj 2014-05-26 (f)
[BR] Außenminister
  Celso Lafer 2001-01-29
  Celso Amorim 2003-01-01
  Antonio Patriota 2011-01-01
  Luiz Alberto Figueiredo 2013-08-28
  Mauro Vieira 2015-01-01
  José Serra 2016-05-12..2017-02-22
  Aloysio Nunes 2017-03-07
  Ernesto Araújo 2019-01-01
[AR] Außenminister
  Rafael Bielsa 2003-05-25
  Jorge Taiana 2005-12
  Héctor Timerman 2010-06
  Susana Malcorra 2015-12-10 (f)
  Jorge Faurie 2017-06-12
  Felipe Solá 2019-12-10
  Santiago Cafiero 2021-09-20
  Diana Mondino 2023-12-10 (f)
  Gerardo Werthein 2024-10-30
[AU] Außenminister
  Alexander Downer 1996-03-11
  Stephen Smith 2007-12-03
  Kevin Rudd 2010-09-14..2012-02-22
  Bob Carr 2012-03-13
  Julie Bishop 2013-09-18 (f)
  Marise Payne 2018-08-28 (f)
  Penny Wong 2022-05-23 (f)
[CA] Außenminister
  John Manley 2000-10-17
  Bill Graham 2002-01-16
  Pierre Pettigrew 2004-07-20
  Peter MacKay 2006-02-06
  Maxime Bernier 2007-08-14..2008-05-26
  Lawrence Cannon 2008-10-30
  John Baird 2011-05-18..2015-02-03
  Rob Nicholson 2015-02-09
  Stéphane Dion 2015-11-04
  Chrystia Freeland 2017-01-10 (f)
  François-Philippe Champagne 2019-11-20
  Marc Garneau 2021-01-12
  Mélanie Joly 2021-10-26 (f)
[MX] Außenminister
  Jorge Castañeda 2000-12-01
  Luis Ernesto Derbez 2003-01-10
  Patricia Espinosa 2006-12-01 (f)
  José Antonio Meade 2012-12-01
  Claudia Ruiz Massieu 2015-08-27 (f)
  Luis Videgaray 2017-01-04
  Marcelo Ebrard 2018-12-01..2023-06-12
  Alicia Bárcena 2023-07-03 (f)
  Juan Ramón de la Fuente 2024-10-01
[KR] Außenminister
  Ban Ki Moon 2004-01-17..2006-11-10
  Song Min Soon 2006-12-01
  Yu Myung Hwan 2008-02-29..2010-09-04
  Kim Sung Hwan 2010-10-08
  Yun Byung Se 2013-03-11
  Kang Kyung Wha 2017-06-18 (f)
  Chung Eui Yong 2021-02-09
  Park Jin 2022-05-12
  Cho Tae Yul 2024-01-10..2025-07
[ID] Außenminister
  Hassan Wirajuda 2001-08-10
  Marty Natalegawa 2009-10-22
  Retno Marsudi 2014-10-27..2024-10-20 (f)
  Sugiono 2024-10-21
[ZA] Außenminister
  Nkosazana Dlamini-Zuma 1999-06-17..2009-05-10 (f)
  Maite Nkoana-Mashabane 2009-05-11..2018-02-26 (f)
  Lindiwe Sisulu 2018-02-27..2019-05-29 (f)
  Naledi Pandor 2019-05-30..2024-06-30 (f)
  Ronald Lamola 2024-07-03
[TR] Außenminister
  Abdullah Gül 2003-03-14
  Ali Babacan 2007-08-29..2009-05-01
  Feridun Sinirlioğlu 2015-08-28..2015-11-24
[-] EU-Außenbeauftragter
  Javier Solana 1999-10-18..2009-11-30
"""

# Heads of international organisations (no country: the office is the organisation's).
INTERNATIONAL = """
[-] UN-Generalsekretär
  Kofi Annan 1997-01-01..2006-12-31
[-] NATO-Generalsekretär
  George Robertson 1999-10-14
  Jaap de Hoop Scheffer 2004-01-01..2009-08-01
[-] Kommissionspräsident
  Romano Prodi 1999-09-16..2004-11-21
[-] IWF-Direktor
  Horst Köhler 2000-05-01..2004-03-04
  Rodrigo Rato 2004-06-07
  Dominique Strauss-Kahn 2007-11-01..2011-05-18
[-] WTO-Generaldirektor
  Mike Moore 1999-09-01
  Supachai Panitchpakdi 2002-09-01
  Pascal Lamy 2005-09-01
  Roberto Azevêdo 2013-09-01..2020-08-31
  Ngozi Okonjo-Iweala 2021-03-01 (f)
[-] Vorsitzender der Kommission der Afrikanischen Union
  Alpha Oumar Konaré 2003-09-16
  Jean Ping 2008-04-28
  Nkosazana Dlamini-Zuma 2012-10-15..2017-01-30 (f)
  Moussa Faki Mahamat 2017-03-14
  Mahmoud Ali Youssouf 2025-02-15
[-] Generalsekretär der Arabischen Liga
  Amr Mussa 2001-06-01
  Nabil al-Arabi 2011-07-01
  Ahmed Abul Gheit 2016-07-01
[-] ASEAN-Generalsekretär
  Ong Keng Yong 2003-01-01
  Surin Pitsuwan 2008-01-01
  Le Luong Minh 2013-01-01
  Lim Jock Hoi 2018-01-01
  Kao Kim Hourn 2023-01-01
[-] UN-Hochkommissar für Menschenrechte
  Michelle Bachelet 2018-09-01..2022-08-31 (f)
  Volker Türk 2022-10-17
[-] IAEA-Generaldirektor
  Mohammed el-Baradei 1997-12-01..2009-11-30
[-] Präsident des Europäischen Parlaments
  Hans-Gert Pöttering 2007-01-16
  Jerzy Buzek 2009-07-14..2012-01-17
"""

PEOPLE = [
    """
// Europe
Sali Berisha:
Edi Rama:
Bajram Begaj:
Wolfgang Schüssel: Schüssel; Wolfgang Schuessel
Alfred Gusenbauer: Gusenbauer
Thomas Klestil: Klestil
Hartwig Löger:
König Albert II.: Albert II.
König Philippe: Philippe von Belgien
Guy Verhofstadt: Verhofstadt
Yves Leterme: Leterme
Elio Di Rupo: Di Rupo
Sophie Wilmès: Sophie Wilmes
Wolfgang Petritsch #AT: Petritsch
Paddy Ashdown #GB: Ashdown
Christian Schwarz-Schilling #DE: Schwarz-Schilling
Miroslav Lajčák #SK: Lajčák; Lajcak; Miroslav Lajcak
Valentin Inzko #AT: Inzko
Milorad Dodik #BA: Dodik
Georgi Parwanow: Parwanow; Georgi Parvanov
Rossen Plewneliew: Plewneliew; Rosen Plevneliev
Rumen Radew: Radew; Rumen Radev
Bojko Borissow: Borissow; Boyko Borissov; Bojko Borisow
Simeon Sakskoburggotski: Simeon von Sachsen-Coburg und Gotha; Simeon Sakskoburggotski
Kiril Petkow: Petkow; Kiril Petkov
Nikolai Denkow: Denkow; Nikolai Denkov
Rossen Scheljaskow: Scheljaskow; Rosen Zhelyazkov
Stjepan Mesić: Mesić; Stjepan Mesic
Kolinda Grabar-Kitarović: Grabar-Kitarović; Grabar-Kitarovic; Kolinda Grabar-Kitarovic
Zoran Milanović: Milanović; Zoran Milanovic
Ivo Sanader: Sanader
Andrej Plenković: Plenković; Plenkovic; Andrej Plenkovic
Nikos Anastasiadis: Anastasiadis; Nicos Anastasiades
Nikos Christodoulidis: Christodoulidis; Nikos Christodoulides
Dimitris Christofias: Christofias; Demetris Christofias
Tassos Papadopoulos:
Václav Havel: Havel; Vaclav Havel
Václav Klaus: Vaclav Klaus
Vladimír Špidla: Špidla; Spidla
Mirek Topolánek: Topolánek; Topolanek
Bohuslav Sobotka: Sobotka
Petr Nečas: Nečas; Necas; Petr Necas
Königin Margrethe II.: Margrethe II.; Königin Margrethe
König Frederik X.: Frederik X.; König Frederik
Helle Thorning-Schmidt: Thorning-Schmidt
Poul Nyrup Rasmussen: Nyrup Rasmussen
Toomas Hendrik Ilves: Ilves
Andrus Ansip: Ansip
Kristen Michal:
Tarja Halonen: Halonen
Matti Vanhanen: Vanhanen
Jyrki Katainen: Katainen
Juha Sipilä: Sipilä; Sipila; Juha Sipila
Lionel Jospin: Jospin
Jean-Pierre Raffarin: Raffarin
Dominique de Villepin: de Villepin; Villepin
François Fillon: Fillon; Francois Fillon
Johannes Rau:
Karolos Papoulias: Papoulias
Prokopis Pavlopoulos: Pavlopoulos
Katerina Sakellaropoulou: Sakellaropoulou
Konstantinos Tasoulas: Tasoulas
Kostas Simitis: Simitis
Kostas Karamanlis: Karamanlis
Giorgos Papandreou: Papandreou; Georgios Papandreou; George Papandreou
Lucas Papademos: Papademos; Loukas Papadimos
Antonis Samaras: Samaras
Ferenc Gyurcsány: Gyurcsány; Gyurcsany; Ferenc Gyurcsany
Péter Medgyessy: Medgyessy
Gordon Bajnai: Bajnai
László Sólyom: Sólyom; Solyom
Pál Schmitt: Pal Schmitt
Ólafur Ragnar Grímsson: Olafur Ragnar Grimsson
Guðni Jóhannesson: Gudni Johannesson; Guðni Th. Jóhannesson
Katrín Jakobsdóttir: Jakobsdóttir; Katrin Jakobsdottir
Bjarni Benediktsson: Benediktsson
Kristrún Frostadóttir: Frostadóttir; Kristrun Frostadottir
Mary McAleese: McAleese
Michael D. Higgins: Michael Higgins
Bertie Ahern: Ahern
Brian Cowen: Cowen
Enda Kenny:
Leo Varadkar: Varadkar
Micheál Martin: Micheal Martin
Simon Harris:
Carlo Azeglio Ciampi: Ciampi
Giuliano Amato:
Romano Prodi: Prodi
Massimo D'Alema: D’Alema; Massimo D’Alema
Ibrahim Rugova: Rugova
Hashim Thaçi: Thaçi; Thaci; Hashim Thaci
Vjosa Osmani: Osmani
Albin Kurti: Kurti
Ramush Haradinaj: Haradinaj
Atifete Jahjaga: Jahjaga
Vaira Vīķe-Freiberga: Vike-Freiberga; Vaira Vike-Freiberga
Valdis Dombrovskis: Dombrovskis
Krišjānis Kariņš: Kariņš; Karins; Krisjanis Karins
Evika Siliņa: Siliņa; Silina; Evika Silina
Fürst Hans-Adam II.: Hans-Adam II.
Valdas Adamkus: Adamkus
Rolandas Paksas: Paksas
Andrius Kubilius: Kubilius
Ingrida Šimonytė: Šimonytė; Simonyte; Ingrida Simonyte
Großherzog Henri:
Großherzog Guillaume:
Xavier Bettel: Bettel
Luc Frieden:
Joseph Muscat:
Robert Abela:
Vladimir Voronin: Woronin; Wladimir Woronin
Natalia Gavrilița: Gavrilița; Gavrilita; Natalia Gavrilita
Dorin Recean: Recean
Vlad Filat: Filat
Fürst Albert II.: Albert II. von Monaco
Fürst Rainier III.: Rainier III.
Milo Đukanović: Đukanović; Djukanovic; Dukanovic; Milo Djukanovic
Jakov Milatović: Milatović; Milatovic; Jakov Milatovic
Filip Vujanović: Vujanović; Filip Vujanovic
Königin Beatrix: Beatrix
König Willem-Alexander: Willem-Alexander
Jan Peter Balkenende: Balkenende
Wim Kok:
Gjorge Ivanov: Georgi Iwanow; Gjorge Iwanow
Nikola Gruevski: Gruevski; Gruewski
Zoran Zaev: Zaev; Saew; Zoran Saew
Hristijan Mickoski: Mickoski; Mitzkoski
Stevo Pendarovski: Pendarovski
Gordana Siljanovska-Davkova: Siljanovska-Davkova
König Harald V.: Harald V.; König Harald
Kjell Magne Bondevik: Bondevik
Aleksander Kwaśniewski: Kwaśniewski; Kwasniewski; Aleksander Kwasniewski
Lech Kaczyński: Lech Kaczynski
Jerzy Buzek: Buzek
Leszek Miller:
Marek Belka: Belka
Jorge Sampaio: Sampaio
Aníbal Cavaco Silva: Cavaco Silva; Anibal Cavaco Silva
José Sócrates: Sócrates; Jose Socrates
Pedro Passos Coelho: Passos Coelho
Pedro Santana Lopes: Santana Lopes
Ion Iliescu: Iliescu
Traian Băsescu: Băsescu; Basescu; Traian Basescu
Victor Ponta: Ponta
Viorica Dăncilă: Dăncilă; Dancila; Viorica Dancila
Marcel Ciolacu: Ciolacu
Ilie Bolojan: Bolojan
Adrian Năstase: Năstase; Nastase; Adrian Nastase
Călin Popescu-Tăriceanu: Popescu-Tăriceanu; Tariceanu; Calin Popescu-Tariceanu
Ludovic Orban:
Emil Boc:
Dacian Cioloș: Cioloș; Ciolos; Dacian Ciolos
Michail Kassjanow: Kassjanow; Mikhail Kasyanov
Michail Fradkow: Fradkow; Mikhail Fradkov
Wiktor Subkow: Subkow; Viktor Zubkov
Slobodan Milošević #RS: Milošević; Milosevic; Slobodan Milosevic
Boris Tadić: Tadić; Tadic; Boris Tadic
Tomislav Nikolić: Nikolić; Tomislav Nikolic
Zoran Đinđić: Đinđić; Djindjic; Zoran Djindjic
Vojislav Koštunica: Koštunica; Kostunica; Vojislav Kostunica
Ivica Dačić: Dačić; Dacic; Ivica Dacic
Ana Brnabić: Brnabić; Brnabic; Ana Brnabic
Miloš Vučević: Vučević; Vucevic; Milos Vucevic
Đuro Macut: Djuro Macut
Mikuláš Dzurinda: Dzurinda; Mikulas Dzurinda
Iveta Radičová: Radičová; Radicova; Iveta Radicova
Andrej Kiska: Kiska
Ivan Gašparovič: Gašparovič; Gasparovic; Ivan Gasparovic
Igor Matovič: Matovič; Matovic; Igor Matovic
Eduard Heger: Heger
Janez Janša: Janša; Jansa; Janez Jansa
Borut Pahor: Pahor
Robert Golob: Golob
Nataša Pirc Musar: Pirc Musar; Natasa Pirc Musar
Janez Drnovšek: Drnovšek; Drnovsek; Janez Drnovsek
Danilo Türk:
José María Aznar: Aznar; Jose Maria Aznar
José Luis Rodríguez Zapatero: Zapatero; Jose Luis Rodriguez Zapatero
König Carl XVI. Gustaf: Carl XVI. Gustaf; König Carl Gustaf
Göran Persson: Persson; Goran Persson
Fredrik Reinfeldt: Reinfeldt
Moritz Leuenberger: Leuenberger
Micheline Calmy-Rey: Calmy-Rey
Pascal Couchepin: Couchepin
Hans-Rudolf Merz:
Eveline Widmer-Schlumpf: Widmer-Schlumpf
Simonetta Sommaruga: Sommaruga
Tony Blair: Blair
Gordon Brown:
Wladimir Jermoschin: Jermoschin
Sergej Sidorski: Sidorski; Sergei Sidorsky
Michail Mjasnikowitsch: Mjasnikowitsch
Andrej Kobjakow: Kobjakow
Sergej Rumas: Rumas
Alexander Turtschin: Turtschin; Alexander Turchin
Eduard Schewardnadse: Schewardnadse; Eduard Shevardnadze
Surab Schwania: Schwania; Zurab Zhvania
Nika Gilauri: Gilauri
Andranik Markarjan: Markarjan; Andranik Margaryan
Tigran Sargsjan: Tigran Sargsyan
Howik Abrahamjan: Abrahamjan; Hovik Abrahamyan
Karen Karapetjan: Karapetjan; Karen Karapetyan
Heydar Alijew: Heydar Aliyev; Heidar Alijew
Artur Rasisade: Rasisade; Artur Rasizade
Ali Asadow: Asadow; Ali Asadov
Anatolij Kinach: Kinach
Jurij Jechanurow: Jechanurow; Yuriy Yekhanurov
"""
    """
// Middle East
Ahmet Necdet Sezer: Sezer
Bülent Ecevit: Ecevit; Bulent Ecevit
Mosche Katzav: Katzav; Moshe Katsav; Moshe Katzav
Ehud Barak:
Ariel Scharon: Scharon; Ariel Sharon; Sharon
Ehud Olmert: Olmert
Jassir Arafat: Arafat; Yassir Arafat; Yasser Arafat; Jassir Arafat
Ahmed Kurei: Kurei; Ahmed Qurei; Abu Ala
Salam Fajad: Fajad; Salam Fayyad; Fayyad
Rami Hamdallah: Hamdallah
Émile Lahoud: Lahoud; Emile Lahoud
Michel Suleiman: Michel Sleiman
Michel Aoun:
Joseph Aoun:
Rafik Hariri: Rafiq Hariri; Rafic Hariri
Saad Hariri: Saad al-Hariri
Nadschib Mikati: Mikati; Najib Mikati; Nadschib Miqati
Fouad Siniora: Siniora; Fuad Siniora
Hassan Diab:
Nawaf Salam:
Hafis al-Assad: Hafez al-Assad; Hafiz al-Assad
Omar al-Rassas: Omar Razzaz; al-Rassas
Bischer al-Chasawneh: Bisher Khasawneh; Bischer Chasawneh
Dschafar Hassan: Jafar Hassan; Jaafar Hassan
Saddam Hussein:
Dschalal Talabani: Talabani; Jalal Talabani
Fuad Masum: Fuad Massum
Barham Salih: Barham Saleh
Abdul Latif Raschid: Abdul Latif Rashid; Abdul Latif Raschid
Ijad Allawi: Allawi; Iyad Allawi
Ibrahim al-Dschafari: al-Dschafari; Ibrahim al-Jaafari; al-Jaafari
Nuri al-Maliki: al-Maliki; Maliki; Nouri al-Maliki
Haider al-Abadi: al-Abadi; Abadi
Adel Abdul-Mahdi: Abdul-Mahdi; Adel Abdul Mahdi
Mustafa al-Kasimi: al-Kasimi; Mustafa al-Kadhimi; al-Kadhimi; Kadhimi
Mohammed Schia al-Sudani: al-Sudani; Mohammed Shia al-Sudani; Mohammed Shia al-Sudani
König Fahd: Fahd bin Abdulaziz
Abdullah bin Abdulaziz: König Abdullah bin Abdulaziz; Abdullah bin Abdulaziz Al Saud
Sultan bin Abdulaziz:
Nayef bin Abdulaziz: Naif bin Abdulaziz
Mukrin bin Abdulaziz: Muqrin bin Abdulaziz
Mohammed bin Naif: Mohammed bin Nayef; Mohammed bin Naif Al Saud
Saud al-Faisal: Prinz Saud al-Faisal
Ibrahim al-Assaf: al-Assaf
Zayed bin Sultan Al Nahyan: Scheich Zayed; Zayed bin Sultan
Mohammed bin Raschid Al Maktum: Mohammed bin Rashid Al Maktoum; Mohammed bin Raschid; Mohammed bin Rashid
Maktum bin Raschid Al Maktum: Maktoum bin Rashid Al Maktoum
Hamad bin Dschassim Al Thani: Hamad bin Jassim Al Thani; Hamad bin Dschassim
Abdullah bin Nasser Al Thani:
Chalid bin Chalifa Al Thani: Khalid bin Khalifa Al Thani
Sabah al-Ahmad al-Sabah: Sabah al-Ahmad al-Dschabir al-Sabah; Emir Sabah; Sabah al-Ahmad al-Jaber al-Sabah
Nawaf al-Ahmad al-Sabah: Emir Nawaf; Nawaf al-Ahmad al-Dschabir al-Sabah
Mischal al-Ahmad al-Sabah: Emir Mischal; Mishal al-Ahmad al-Jaber al-Sabah; Meshal al-Ahmad al-Sabah
Dschabir al-Ahmad al-Sabah: Jaber al-Ahmad al-Sabah
Hamad bin Isa al-Chalifa: Hamad bin Isa Al Chalifa; Hamad bin Issa al-Chalifa; Hamad bin Isa Al Khalifa; König Hamad
Chalifa bin Salman Al Chalifa: Khalifa bin Salman Al Khalifa
Salman bin Hamad Al Chalifa: Salman bin Hamad Al Khalifa; Kronprinz Salman bin Hamad
Sultan Qabus: Qabus bin Said; Sultan Qaboos; Qaboos bin Said; Sultan Kabus
Sultan Haitham bin Tarik: Haitham bin Tarik; Haitham bin Tariq; Sultan Haitham
Ali Abdullah Salih: Ali Abdullah Saleh
Abed Rabbo Mansur Hadi: Mansur Hadi; Abd Rabbuh Mansur Hadi; Abed Rabbo Mansour Hadi
Raschad al-Alimi: al-Alimi; Rashad al-Alimi
Abdul-Malik al-Huthi #YE: Abdul Malik al-Houthi; Abdul-Malik al-Houthi
Mohammed Chatami: Chatami; Mohammad Khatami; Khatami
Mir Hossein Mussawi #IR: Mussawi; Mir Hossein Mousavi; Mousavi
Mehdi Karrubi #IR: Karrubi; Mehdi Karroubi; Karroubi
Narges Mohammadi #IR:
Schirin Ebadi #IR: Shirin Ebadi; Ebadi
Adli Mansur: Adly Mansour
Mohammed Hussein Tantawi: Tantawi; Mohamed Hussein Tantawi
Ahmed Nasif: Ahmed Nazif
Ahmed Schafik: Ahmed Shafik
Essam Scharaf: Essam Sharaf
Hischam Kandil: Hisham Qandil; Hischam Qandil
Ibrahim Mahlab: Mahlab
Scherif Ismail: Sherif Ismail
Mohammed el-Baradei #EG: el-Baradei; ElBaradei; Mohamed ElBaradei; Mohammed ElBaradei
Hibatullah Achundsada: Achundsada; Hibatullah Akhundzada; Akhundzada
Mohammed Hassan Achund: Mohammad Hassan Akhund
Abdullah Abdullah:
Mullah Omar #AF: Mohammed Omar
"""
    """
// Africa
Muammar al-Gaddafi: Gaddafi; al-Gaddafi; Muammar Gaddafi; Ghaddafi; Muammar al-Ghaddafi; Qaddafi; Muammar al-Qaddafi; Gaddhafi
Mustafa Abdul Dschalil: Mustafa Abdul Jalil; Abdul Dschalil
Fajis al-Sarradsch: al-Sarradsch; Fayez al-Sarraj; Sarradsch
Abdul Hamid Dbaiba: Dbaiba; Abdul Hamid Dbeibah; Dbeibah
Mohammed al-Menfi: al-Menfi; Mohamed al-Menfi
Chalifa Haftar #LY: Haftar; Khalifa Haftar
Zine el-Abidine Ben Ali: Ben Ali; Zine el Abidine Ben Ali
Moncef Marzouki: Marzouki
Béji Caïd Essebsi: Essebsi; Beji Caid Essebsi; Caid Essebsi
Kais Saied: Saied; Kaïs Saïed; Kais Said
Rached Ghannouchi #TN: Ghannouchi
Abdelaziz Bouteflika: Bouteflika
Abdelkader Bensalah: Bensalah
Abdelmadjid Tebboune: Tebboune; Abdelmadschid Tebboune
König Mohammed VI.: Mohammed VI.; König Mohammed; Mohammed VI. von Marokko
Abdelilah Benkirane: Benkirane
Saadeddine Othmani: Othmani; Saadeddine El Othmani
Aziz Akhannouch: Akhannouch
Mohamed Ould Abdel Aziz: Ould Abdel Aziz
Mohamed Ould Ghazouani: Ghazouani; Mohamed Ould Cheikh El Ghazouani
Omar al-Baschir: al-Baschir; Baschir; Omar al-Bashir; al-Bashir
Abdel Fattah al-Burhan: al-Burhan; Burhan
Mohamed Hamdan Daglo #SD: Daglo; Hemedti; Hemeti; Mohammed Hamdan Daglo
Abdalla Hamdok: Hamdok; Abdallah Hamdok
Salva Kiir: Kiir; Salva Kiir Mayardit
Riek Machar #SS: Machar
Meles Zenawi: Zenawi
Hailemariam Desalegn: Desalegn; Hailemariam
Abiy Ahmed: Abiy; Abiy Ahmed Ali
Sahle-Work Zewde: Sahle-Work
Isaias Afewerki: Afewerki; Isayas Afewerki; Isaias Afwerki; Afwerki
Ismail Omar Guelleh: Guelleh
Hassan Sheikh Mohamud: Hassan Scheich Mohamud
Mohamed Abdullahi Farmajo: Farmajo; Mohamed Abdullahi Mohamed
Sharif Sheikh Ahmed: Sharif Scheich Ahmed
Mwai Kibaki: Kibaki
Uhuru Kenyatta: Kenyatta
William Ruto: Ruto
Raila Odinga: Odinga
Jakaya Kikwete: Kikwete
John Magufuli: Magufuli; John Pombe Magufuli
Samia Suluhu Hassan: Samia Suluhu
Tundu Lissu #TZ: Lissu
Yoweri Museveni: Museveni
Bobi Wine #UG: Robert Kyagulanyi
Kizza Besigye #UG: Besigye
Paul Kagame: Kagame
Pierre Nkurunziza: Nkurunziza
Évariste Ndayishimiye: Ndayishimiye; Evariste Ndayishimiye
Laurent-Désiré Kabila: Laurent-Desire Kabila; Laurent Kabila
Joseph Kabila:
Félix Tshisekedi: Tshisekedi; Felix Tshisekedi
Denis Sassou-Nguesso: Sassou-Nguesso; Sassou Nguesso
Omar Bongo: Omar Bongo Ondimba
Ali Bongo Ondimba: Ali Bongo
Brice Clotaire Oligui Nguema: Oligui Nguema; Brice Oligui Nguema
Paul Biya: Biya
Idriss Déby: Idriss Deby; Idriss Déby Itno
Mahamat Idriss Déby: Mahamat Déby; Mahamat Deby; Mahamat Idriss Deby
Faustin-Archange Touadéra: Touadéra; Touadera
François Bozizé: Bozizé; Bozize
Teodoro Obiang: Teodoro Obiang Nguema; Teodoro Obiang Nguema Mbasogo
Olusegun Obasanjo: Obasanjo
Umaru Yar'Adua: Yar'Adua; Umaru Yar’Adua; Yar’Adua
Goodluck Jonathan:
Muhammadu Buhari: Buhari
Bola Tinubu: Tinubu; Bola Ahmed Tinubu
John Kufuor: Kufuor
John Atta Mills: Atta Mills
John Dramani Mahama: Mahama; John Mahama
Nana Akufo-Addo: Akufo-Addo
Abdoulaye Wade: Wade
Macky Sall: Sall
Bassirou Diomaye Faye: Diomaye Faye; Faye
Ousmane Sonko: Sonko
Amadou Toumani Touré: Amadou Toumani Toure
Ibrahim Boubacar Keïta: Keïta; Keita; Ibrahim Boubacar Keita
Assimi Goïta: Goïta; Goita; Assimi Goita
Blaise Compaoré: Compaoré; Compaore; Blaise Compaore
Roch Marc Christian Kaboré: Kaboré; Kabore
Ibrahim Traoré: Ibrahim Traore
Mahamadou Issoufou: Issoufou
Mohamed Bazoum: Bazoum
Abdourahamane Tiani: Tiani; Abdourahamane Tchiani; Tchiani
Alpha Condé: Condé; Alpha Conde
Mamady Doumbouya: Doumbouya
Moussa Dadis Camara: Dadis Camara
Umaro Sissoco Embaló: Embaló; Embalo; Umaro Sissoco Embalo
Laurent Gbagbo: Gbagbo
Alassane Ouattara: Ouattara
Charles Taylor:
Ellen Johnson Sirleaf: Johnson Sirleaf; Sirleaf
George Weah: Weah
Joseph Boakai: Boakai
Ernest Bai Koroma: Koroma
Julius Maada Bio: Maada Bio
Yahya Jammeh: Jammeh
Adama Barrow: Barrow
José Maria Neves: Jose Maria Neves
Gnassingbé Eyadéma: Eyadéma; Eyadema
Faure Gnassingbé: Gnassingbé; Gnassingbe; Faure Gnassingbe
Boni Yayi: Yayi
Patrice Talon: Talon
José Eduardo dos Santos: dos Santos; Jose Eduardo dos Santos
João Lourenço: Lourenço; Lourenco; Joao Lourenco
Levy Mwanawasa: Mwanawasa
Michael Sata: Sata
Edgar Lungu: Lungu
Hakainde Hichilema: Hichilema
Robert Mugabe: Mugabe
Emmerson Mnangagwa: Mnangagwa
Morgan Tsvangirai: Tsvangirai
Nelson Chamisa #ZW: Chamisa
Bingu wa Mutharika:
Peter Mutharika:
Lazarus Chakwera: Chakwera
Joyce Banda:
Joaquim Chissano: Chissano
Armando Guebuza: Guebuza
Filipe Nyusi: Nyusi
Daniel Chapo:
Marc Ravalomanana: Ravalomanana
Andry Rajoelina: Rajoelina
Michael Randrianirina: Randrianirina
Navin Ramgoolam: Ramgoolam
Anerood Jugnauth:
Pravind Jugnauth:
Sam Nujoma: Nujoma
Hifikepunye Pohamba: Pohamba
Hage Geingob: Geingob
Netumbo Nandi-Ndaitwah: Nandi-Ndaitwah
Ian Khama: Khama
Mokgweetsi Masisi: Masisi
Duma Boko:
Thabo Mbeki: Mbeki
Kgalema Motlanthe: Motlanthe
Nelson Mandela #ZA: Mandela
König Mswati III.: Mswati III.; König Mswati
König Letsie III.: Letsie III.
Azali Assoumani: Assoumani
"""
    """
// Americas
Jean Chrétien: Chrétien; Chretien; Jean Chretien
Paul Martin:
Vicente Fox:
Felipe Calderón: Calderón; Calderon; Felipe Calderon
Enrique Peña Nieto: Peña Nieto; Pena Nieto; Enrique Pena Nieto
Ernesto Zedillo: Zedillo
Alejandro Giammattei: Giammattei
Bernardo Arévalo: Arévalo; Arevalo; Bernardo Arevalo
Otto Pérez Molina: Pérez Molina; Otto Perez Molina
Manuel Zelaya: Zelaya
Juan Orlando Hernández: Juan Orlando Hernandez
Xiomara Castro:
Nayib Bukele: Bukele
Mauricio Funes: Funes
Daniel Ortega: Ortega
Rosario Murillo #NI: Murillo
Óscar Arias: Oscar Arias
Rodrigo Chaves:
Laura Chinchilla: Chinchilla
Ricardo Martinelli: Martinelli
José Raúl Mulino: Mulino; Jose Raul Mulino
Laurentino Cortizo: Cortizo
Manuel Marrero Cruz: Manuel Marrero
Leonel Fernández: Leonel Fernandez
Luis Abinader: Abinader
Danilo Medina:
Jean-Bertrand Aristide: Aristide
René Préval: Préval; Preval; Rene Preval
Michel Martelly: Martelly
Jovenel Moïse: Moïse; Moise; Jovenel Moise
Ariel Henry:
Andrew Holness: Holness
Portia Simpson-Miller: Simpson-Miller
Kamla Persad-Bissessar: Persad-Bissessar
Keith Rowley: Rowley
Mia Mottley: Mottley
Gaston Browne:
Roosevelt Skerrit: Skerrit
Ralph Gonsalves: Gonsalves
Bharrat Jagdeo: Jagdeo
Irfaan Ali: Mohamed Irfaan Ali
Dési Bouterse: Bouterse; Desi Bouterse
Chan Santokhi: Santokhi
Álvaro Uribe: Uribe; Alvaro Uribe
Juan Manuel Santos:
Iván Duque: Duque; Ivan Duque
Gustavo Petro: Petro
Andrés Pastrana: Pastrana; Andres Pastrana
Rafael Correa: Correa
Lenín Moreno: Lenin Moreno
Guillermo Lasso: Lasso
Daniel Noboa:
Alberto Fujimori: Fujimori
Alejandro Toledo: Toledo
Alan García: Alan Garcia
Ollanta Humala: Humala
Pedro Pablo Kuczynski: Kuczynski
Martín Vizcarra: Vizcarra; Martin Vizcarra
Pedro Castillo:
Dina Boluarte: Boluarte
José Jerí: Jose Jeri
Evo Morales: Morales
Jeanine Áñez: Áñez; Anez; Jeanine Anez
Luis Arce: Arce
Rodrigo Paz: Rodrigo Paz Pereira
Carlos Mesa:
Gonzalo Sánchez de Lozada: Sánchez de Lozada; Sanchez de Lozada
Fernando Henrique Cardoso: Cardoso
Ricardo Lagos: Ricardo Lagos Escobar
Michelle Bachelet: Bachelet
Sebastián Piñera: Piñera; Pinera; Sebastian Pinera
Gabriel Boric: Boric
José Antonio Kast #CL: Kast; Jose Antonio Kast
Fernando de la Rúa: de la Rúa; De la Rúa; Fernando de la Rua
Eduardo Duhalde: Duhalde
Néstor Kirchner: Nestor Kirchner
Tabaré Vázquez: Tabare Vazquez
José Mujica: Mujica; Jose Mujica; Pepe Mujica
Luis Lacalle Pou: Lacalle Pou
Yamandú Orsi: Orsi; Yamandu Orsi
Fernando Lugo: Lugo
Horacio Cartes: Cartes
Mario Abdo Benítez: Abdo Benítez; Mario Abdo Benitez
Santiago Peña: Santiago Pena
Leopoldo López #VE: Leopoldo Lopez
Henrique Capriles #VE: Capriles
Edmundo González Urrutia #VE: Edmundo González; Edmundo Gonzalez; Edmundo Gonzalez Urrutia
Delcy Rodríguez #VE: Delcy Rodriguez
"""
    """
// Asia and Oceania
Karim Massimow: Massimow; Karim Massimov
Bakytschan Sagintajew: Sagintajew; Bakytzhan Sagintayev
Askar Mamin: Mamin
Askar Akajew: Akajew; Askar Akayev
Kurmanbek Bakijew: Bakijew; Kurmanbek Bakiyev
Rosa Otunbajewa: Otunbajewa; Roza Otunbayeva
Almasbek Atambajew: Atambajew; Almazbek Atambayev
Sooronbai Dscheenbekow: Dscheenbekow; Sooronbay Jeenbekov
Saparmurat Nijasow: Nijasow; Saparmurat Niyazov
Islam Karimow: Karimow; Islam Karimov
Abdulla Aripow: Aripow; Abdulla Aripov
Zachiagiin Elbegdordsch: Elbegdordsch; Tsakhiagiin Elbegdorj; Elbegdorj
Chaltmaagiin Battulga: Battulga; Khaltmaagiin Battulga
Uchnaagiin Chürelsüch: Chürelsüch; Ukhnaagiin Khurelsukh; Khurelsukh
Jiang Zemin:
Zhu Rongji:
Tung Chee-hwa:
Donald Tsang:
Leung Chun-ying:
Carrie Lam:
John Lee: John Lee Ka-chiu
Joshua Wong #HK:
Agnes Chow #HK:
Nathan Law #HK:
Jimmy Lai #HK:
Chen Shui-bian: Chen Shui-Bian
Yoshirō Mori: Yoshiro Mori
Jun'ichirō Koizumi: Koizumi; Junichiro Koizumi; Jun’ichirō Koizumi; Junichirō Koizumi
Yasuo Fukuda: Fukuda
Tarō Asō: Taro Aso; Asō; Aso
Yukio Hatoyama: Hatoyama
Naoto Kan:
Yoshihiko Noda: Noda
Kim Dae Jung: Kim Dae-jung; Kim Dae-Jung
Roh Moo Hyun: Roh Moo-hyun; Roh Moo-Hyun
Lee Myung Bak: Lee Myung-bak; Lee Myung-Bak
Han Duck Soo: Han Duck-soo; Han Duck-Soo
Nguyen Phu Trong: Nguyễn Phú Trọng
Nguyen Xuan Phuc: Nguyễn Xuân Phúc
Nguyen Tan Dung: Nguyễn Tấn Dũng
Pham Minh Chinh: Phạm Minh Chính
To Lam: Tô Lâm
Luong Cuong: Lương Cường
Vo Van Thuong: Võ Văn Thưởng
König Norodom Sihanouk: Norodom Sihanouk; Sihanouk
König Norodom Sihamoni: Norodom Sihamoni; Sihamoni
Hun Sen:
Hun Manet:
Sam Rainsy #KH: Rainsy
Kem Sokha #KH:
König Bhumibol: Bhumibol Adulyadej; König Bhumibol Adulyadej
König Maha Vajiralongkorn: Maha Vajiralongkorn; Vajiralongkorn; Rama X.
Thaksin Shinawatra: Thaksin
Yingluck Shinawatra: Yingluck
Paetongtarn Shinawatra: Paetongtarn
Abhisit Vejjajiva: Abhisit
Prayut Chan-o-cha: Prayut; Prayuth Chan-ocha; Prayut Chan-ocha
Srettha Thavisin: Srettha
Anutin Charnvirakul: Anutin
Pita Limjaroenrat #TH:
Than Shwe:
Thein Sein:
Aung San Suu Kyi: Suu Kyi; Aung San Suu Kyis
Min Aung Hlaing:
Mahathir Mohamad: Mahathir; Mahathir bin Mohamad
Abdullah Ahmad Badawi: Badawi
Najib Razak:
Muhyiddin Yassin: Muhyiddin
Anwar Ibrahim:
Goh Chok Tong:
Lee Hsien Loong:
Lawrence Wong:
Tharman Shanmugaratnam: Tharman
Abdurrahman Wahid: Gus Dur
Megawati Sukarnoputri: Megawati
Susilo Bambang Yudhoyono: Yudhoyono
Joseph Estrada: Estrada
Gloria Macapagal-Arroyo: Macapagal-Arroyo; Gloria Arroyo
Benigno Aquino: Benigno Aquino III.; Noynoy Aquino; Aquino
Rodrigo Duterte: Duterte
Ferdinand Marcos Jr.: Marcos; Bongbong Marcos; Marcos Jr.
Sultan Hassanal Bolkiah: Hassanal Bolkiah
Xanana Gusmão: Gusmão; Gusmao; Xanana Gusmao
José Ramos-Horta: Ramos-Horta; Jose Ramos-Horta
Atal Bihari Vajpayee: Vajpayee
A. P. J. Abdul Kalam: Abdul Kalam; APJ Abdul Kalam
Pratibha Patil:
Sonia Gandhi #IN:
Pervez Musharraf: Musharraf; Perwez Muscharraf
Asif Ali Zardari: Zardari
Arif Alvi: Alvi
Nawaz Sharif: Nawaz Scharif; Nawas Scharif
Yousaf Raza Gilani: Gilani; Yusuf Raza Gilani
Sheikh Hasina: Hasina; Scheich Hasina; Sheikh Hasina Wajed
Khaleda Zia:
Muhammad Yunus: Yunus
Mahinda Rajapaksa: Mahinda Rajapakse
Gotabaya Rajapaksa: Gotabaya Rajapakse
Maithripala Sirisena: Sirisena
Ranil Wickremesinghe: Wickremesinghe
Anura Kumara Dissanayake: Dissanayake
König Gyanendra: Gyanendra
Pushpa Kamal Dahal: Dahal; Prachanda
K. P. Sharma Oli: KP Sharma Oli; Khadga Prasad Sharma Oli; Khadga Prasad Oli; Sharma Oli
Sher Bahadur Deuba: Deuba
Sushila Karki: Karki
König Jigme Khesar Namgyel Wangchuck: Jigme Khesar Namgyel Wangchuck
Mohamed Nasheed: Nasheed
Abdulla Yameen: Yameen
Ibrahim Mohamed Solih: Solih
Mohamed Muizzu: Muizzu
John Howard:
Kevin Rudd: Rudd
Julia Gillard: Gillard
Helen Clark:
John Key:
Jacinda Ardern: Ardern
Chris Hipkins: Hipkins
Christopher Luxon: Luxon
Michael Somare: Somare
Peter O'Neill: Peter O’Neill
James Marape: Marape
Frank Bainimarama: Bainimarama
Sitiveni Rabuka: Rabuka
Manasseh Sogavare: Sogavare
Jeremiah Manele: Manele
Fiamē Naomi Mataʻafa: Fiame Naomi Mataafa; Fiamē Naomi Mata'afa; Naomi Mataafa
Tuilaepa Sailele Malielegaoi: Tuilaepa
König Tupou VI.: Tupou VI.
Anote Tong:
Surangel Whipps: Surangel Whipps Jr.
"""
    """
// Ministers, international officials, opposition
Madeleine Albright: Albright
Colin Powell: Powell
Condoleezza Rice: Condoleeza Rice
Igor Iwanow: Igor Ivanov
Tang Jiaxuan:
Li Zhaoxing:
Hubert Védrine: Védrine; Vedrine; Hubert Vedrine
Philippe Douste-Blazy: Douste-Blazy
Bernard Kouchner: Kouchner
Michèle Alliot-Marie: Alliot-Marie; Michele Alliot-Marie
Alain Juppé: Juppé; Juppe; Alain Juppe
Robin Cook:
Jack Straw:
Margaret Beckett: Beckett
David Miliband: Miliband
Franco Frattini: Frattini
Gianfranco Fini: Fini
Emma Bonino: Bonino
Giulio Terzi: Giulio Terzi di Sant’Agata
Makiko Tanaka:
Yoriko Kawaguchi: Kawaguchi
Nobutaka Machimura: Machimura
Masahiko Kōmura: Masahiko Komura
Katsuya Okada: Okada
Seiji Maehara: Maehara
Kōichirō Genba: Koichiro Gemba; Koichiro Genba
Yashwant Sinha:
S. M. Krishna:
Salman Khurshid: Khurshid
Antonio Patriota: Patriota
Susana Malcorra: Malcorra
Héctor Timerman: Timerman; Hector Timerman
Santiago Cafiero: Cafiero
Gerardo Werthein: Werthein
Alexander Downer: Downer
Julie Bishop:
Marise Payne:
Penny Wong:
Stéphane Dion: Stephane Dion
John Baird:
François-Philippe Champagne: Francois-Philippe Champagne
Jorge Castañeda: Castañeda; Jorge Castaneda
Marcelo Ebrard: Ebrard
Alicia Bárcena: Bárcena; Alicia Barcena
Juan Ramón de la Fuente: Juan Ramon de la Fuente
Yun Byung Se: Yun Byung-se
Kang Kyung Wha: Kang Kyung-wha
Chung Eui Yong: Chung Eui-yong
Park Jin:
Cho Tae Yul: Cho Tae-yul
Hassan Wirajuda: Wirajuda
Marty Natalegawa: Natalegawa
Retno Marsudi: Marsudi
Nkosazana Dlamini-Zuma: Dlamini-Zuma
Maite Nkoana-Mashabane: Nkoana-Mashabane
Lindiwe Sisulu: Sisulu
Naledi Pandor: Pandor
Ronald Lamola: Lamola
Ali Babacan: Babacan
Javier Solana #ES: Solana
Kofi Annan #GH: Annan
George Robertson #GB: Lord Robertson
Jaap de Hoop Scheffer #NL: de Hoop Scheffer; De Hoop Scheffer
Rodrigo Rato #ES: Rodrigo de Rato
Dominique Strauss-Kahn #FR: Strauss-Kahn; DSK
Pascal Lamy #FR: Lamy
Roberto Azevêdo #BR: Azevêdo; Azevedo; Roberto Azevedo
Ngozi Okonjo-Iweala #NG: Okonjo-Iweala
Alpha Oumar Konaré: Alpha Oumar Konare
Jean Ping #GA:
Moussa Faki Mahamat #TD: Moussa Faki
Mahmoud Ali Youssouf #DJ:
Amr Mussa #EG: Amr Moussa
Nabil al-Arabi #EG: Nabil Elaraby; Nabil el-Arabi
Ahmed Abul Gheit #EG: Abul Gheit; Ahmed Aboul Gheit; Aboul Gheit
Surin Pitsuwan #TH:
Kao Kim Hourn #KH:
Volker Türk #AT:
Hans-Gert Pöttering #DE: Pöttering; Poettering
Christian Schmidt #DE:
Mike Moore #NZ:
Supachai Panitchpakdi #TH:
Ong Keng Yong #SG:
Le Luong Minh #VN:
Lim Jock Hoi #BN:
Boris Nemzow #RU: Nemzow; Boris Nemtsov
Garri Kasparow #RU: Kasparow; Garry Kasparov
Michail Chodorkowski #RU: Chodorkowski; Mikhail Khodorkovsky
Wladimir Kara-Mursa #RU: Kara-Mursa; Vladimir Kara-Murza
Ilja Jaschin #RU: Jaschin; Ilya Yashin
Ljubow Sobol #RU: Sobol; Lyubov Sobol
Alexander Milinkewitsch #BY: Milinkewitsch
Andrej Sannikow #BY: Sannikow
Nika Melia #GE: Melia
Călin Georgescu #RO: Georgescu; Calin Georgescu
George Simion #RO: Simion
"""
]

ORGANISATIONS = [
    """
// Parties that win or lose elections, by country
Kongresspartei | IN | Indischer Nationalkongress; Kongress-Partei; Indian National Congress
Aam Aadmi Party | IN | AAP
Pakistanische Volkspartei | PK | Pakistan Peoples Party; PPP
Pakistanische Muslimliga-Nawaz | PK | PML-N; Muslimliga
Tehreek-e-Insaf | PK | PTI; Pakistan Tehreek-e-Insaf; Bewegung für Gerechtigkeit
Awami-Liga | BD | Awami League; Awami Liga
Bangladesh Nationalist Party | BD | BNP; Bangladesh Nationalistische Partei
Afrikanischer Nationalkongress | ZA | ANC; African National Congress
Demokratische Allianz | ZA | Democratic Alliance
Fatah | PS | Fatah-Bewegung; Al-Fatah
Jesch Atid | IL | Yesh Atid; Jesh Atid
Kadima | IL | Kadima-Partei
Israelische Arbeitspartei | IL | Awoda; Avoda
Blau-Weiß | IL | Blau-Weiss; Kachol Lavan
Liberaldemokratische Partei | JP | LDP; Liberaldemokraten Japans
Kuomintang | TW | KMT
Demokratische Fortschrittspartei | TW | DPP
Partido dos Trabalhadores | BR | Arbeiterpartei PT
Morena | MX | Movimiento Regeneración Nacional
Partido Revolucionario Institucional | MX | PRI
La Libertad Avanza | AR |
Peronisten | AR | Partido Justicialista; Peronismus
Vereinigte Sozialistische Partei Venezuelas | VE | PSUV
Movimiento al Socialismo | BO | MAS
Sandinisten | NI | FSLN; Sandinistische Nationale Befreiungsfront
Liberale Partei Kanadas | CA | Liberal Party of Canada
Konservative Partei Kanadas | CA | Conservative Party of Canada
Liberale Partei Australiens | AU | Liberal Party of Australia
Australische Labor-Partei | AU | Australian Labor Party; ALP
Neuseeländische Labour-Partei | NZ | New Zealand Labour Party
Reform UK | GB | Reform-Partei
Liberaldemokraten | GB | Liberal Democrats; Lib Dems
Scottish National Party | GB | SNP; Schottische Nationalpartei
Sinn Féin | GB | Sinn Fein
Les Républicains | FR | Republikaner in Frankreich
Parti Socialiste | FR | Sozialistische Partei Frankreichs
La France insoumise | FR | LFI; Unbeugsames Frankreich
Nouveau Front populaire | FR | Neue Volksfront; NFP
Partito Democratico | IT | Demokratische Partei Italiens
Lega | IT | Lega Nord
Forza Italia | IT |
Fünf-Sterne-Bewegung | IT | M5S; Movimento 5 Stelle; Cinque Stelle
Vox | ES | Vox-Partei
Podemos | ES |
Partei für die Freiheit | NL | PVV
Volkspartei für Freiheit und Demokratie | NL | VVD
Schwedendemokraten | SE | Sverigedemokraterna
Nea Dimokratia | GR | Neue Demokratie
Syriza | GR |
PASOK | GR | Pasok
Serbische Fortschrittspartei | RS | SNS
GERB | BG |
Sozialdemokratische Partei Rumäniens | RO | PSD
AUR | RO | Allianz für die Vereinigung der Rumänen
MHP | TR | Partei der Nationalistischen Bewegung
DEM-Partei | TR | HDP; Demokratische Partei der Völker
Jobbik | HU |
Kommunistische Partei der Russischen Föderation | RU | KPRF
Kommunistische Partei Vietnams | VN | KPV
Nationale Liga für Demokratie | MM | NLD
Kambodschanische Volkspartei | KH | CPP
UMNO | MY | United Malays National Organisation
People's Action Party | SG | PAP
ZANU-PF | ZW | Zanu-PF
Chama Cha Mapinduzi | TZ | CCM
All Progressives Congress | NG | APC
Ennahda | TN | Ennahda-Partei; Nahda
Muslimbruderschaft | EG | Muslimbrüder
SWAPO | NA | Swapo
Christdemokratische Volkspartei der Schweiz | CH | CVP
Schweizerische Volkspartei | CH | SVP
Europäische Volkspartei | - | EVP
Sozialdemokratische Partei Europas | - | SPE
"""
    """
// Armed groups and movements that act in events
Huthi | YE | Houthis; Huthi-Miliz; Huthi-Rebellen; Ansar Allah
Islamischer Staat | - | IS; IS-Miliz; ISIS; Daesch
Al-Kaida | - | Al-Qaida; al-Qaida; al-Kaida
PKK | TR | Arbeiterpartei Kurdistans
Boko Haram | NG |
Al-Shabaab | SO | al-Shabaab; Al-Schabab
Rapid Support Forces | SD | Schnelle Unterstützungskräfte
Haiat Tahrir al-Scham | SY | HTS; Hayat Tahrir al-Sham
"""
]

SUCCESSIONS = [
    EUROPE,
    MIDDLE_EAST,
    AFRICA,
    AMERICAS,
    ASIA,
    OCEANIA,
    FOREIGN_MINISTERS,
    INTERNATIONAL,
]
