"""The article text of each page: six per language (news, news, blog, forum thread, institution page, news/blog)."""

A = {
    "de": [
        ("news", "Stadtrat beschließt autofreie Innenstadt ab 2026", [
            "Nach monatelangen Debatten hat der Stadtrat am Dienstagabend mit knapper Mehrheit beschlossen, die Innenstadt ab dem Frühjahr 2026 weitgehend für Autos zu sperren.",
            "Lieferverkehr soll nur noch zwischen sechs und elf Uhr erlaubt sein, Anwohner erhalten Ausnahmegenehmigungen für ihre Stellplätze in den Tiefgaragen.",
            "Der Einzelhandelsverband kritisierte die Entscheidung scharf und warnte vor sinkenden Umsätzen, vor allem bei kleinen inhabergeführten Geschäften.",
            "Oberbürgermeisterin Petra Kühn verteidigte den Plan: Andere Städte hätten gezeigt, dass mehr Platz für Fußgänger die Innenstädte belebe.",
        ], "Was sich für Pendler ändert"),
        ("news", "Hochwasser: Pegel der Mosel sinkt langsam", [
            "Nach tagelangem Dauerregen entspannt sich die Lage an der Mosel allmählich, der Pegel in Trier fiel bis Sonntagmittag um knapp vierzig Zentimeter.",
            "In mehreren Ortschaften standen Keller und Uferstraßen unter Wasser, die Feuerwehren waren mit mehr als dreihundert Einsatzkräften im Dauereinsatz.",
            "Die Schifffahrt bleibt vorerst eingestellt, weil die Durchfahrtshöhe unter den Brücken nicht ausreicht, teilte das Wasserstraßenamt mit.",
            "Meteorologen rechnen für die kommende Woche mit trockenerem Wetter, warnen aber vor erneuten Niederschlägen im Hunsrück und in der Eifel.",
        ], None),
        ("blog", "Sauerteigbrot für Anfänger: Meine fünf wichtigsten Tipps", [
            "Vor drei Jahren habe ich mein erstes Sauerteigbrot gebacken, und ehrlich gesagt war es eher ein Ziegelstein als ein Brot, so fest und sauer war die Krume.",
            "Der wichtigste Tipp zuerst: Füttert euren Starter regelmäßig und wartet, bis er sich nach dem Auffrischen mindestens verdoppelt hat.",
            "Außerdem lohnt sich ein Gusseisentopf, denn der eingeschlossene Dampf sorgt in den ersten zwanzig Minuten für eine knusprige, glänzende Kruste.",
            "Lasst euch von misslungenen Versuchen nicht entmutigen, jedes Brot bringt euch dem perfekten Laib ein kleines Stück näher.",
        ], "Das richtige Mehl"),
        ("forum", "Heizung macht nachts klopfende Geräusche – woran kann das liegen?", [
            ("heizungsfrosch", "Hallo zusammen, seit dem Wechsel auf die Winterzeit klopft unsere Gasheizung jede Nacht gegen drei Uhr so laut, dass wir davon aufwachen. Hat jemand eine Idee, was das sein könnte?"),
            ("Installateur_Bernd", "Das klingt stark nach Luft im System oder nach einem zu hohen Pumpendruck. Entlüfte zuerst alle Heizkörper und prüfe dann den Anlagendruck am Manometer."),
            ("heizungsfrosch", "Danke für den Tipp! Der Druck lag tatsächlich bei fast drei bar, nach dem Ablassen auf knapp zwei bar ist es schon deutlich leiser geworden."),
            ("MiraK", "Bei uns war es ein defektes Rückschlagventil, das hat der Kundendienst in einer halben Stunde getauscht, also ruhig mal den Fachbetrieb fragen."),
        ], None),
        ("institution", "Neue Öffnungszeiten im Bürgerbüro ab April", [
            "Ab dem 2. April gelten im Bürgerbüro am Rathausplatz geänderte Öffnungszeiten, damit Bürgerinnen und Bürger auch nach Feierabend Termine wahrnehmen können.",
            "Montags und donnerstags ist das Bürgerbüro künftig bis 19 Uhr geöffnet, am Mittwochnachmittag bleibt es dafür geschlossen.",
            "Termine für Personalausweise, Reisepässe und Meldebescheinigungen lassen sich weiterhin online über das Serviceportal der Stadt vereinbaren.",
            "Für dringende Fälle steht zusätzlich eine offene Sprechstunde ohne Termin am Samstagvormittag zur Verfügung.",
        ], None),
        ("news", "Tarifeinigung im öffentlichen Nahverkehr erzielt", [
            "Im Tarifstreit des kommunalen Nahverkehrs haben sich Gewerkschaft und Arbeitgeber in der vierten Verhandlungsrunde auf einen Kompromiss geeinigt.",
            "Die rund zwölftausend Beschäftigten erhalten rückwirkend zum Januar eine Lohnerhöhung von 5,2 Prozent und eine Einmalzahlung von tausend Euro.",
            "Weitere Warnstreiks, die Pendler in den vergangenen Wochen mehrfach getroffen hatten, sind damit vom Tisch.",
            "Die Verkehrsbetriebe kündigten an, die Mehrkosten teilweise über eine Anpassung der Ticketpreise im Sommer auszugleichen.",
        ], None),
    ],
    "en": [
        ("news", "Council approves new cycle lanes on the ring road", [
            "Westbridge council has approved plans for protected cycle lanes along the full length of the inner ring road, after a consultation that drew more than four thousand responses.",
            "Work is due to begin in September and will take around eighteen months, with one lane of traffic closed in each direction at a time.",
            "Business groups said they feared the disruption would drive shoppers to out-of-town retail parks during the busy Christmas period.",
            "The cabinet member for transport, Aisha Rahman, said the scheme would make the centre safer for families and cut congestion in the long term.",
        ], "What happens next"),
        ("news", "Hospital waiting lists fall for third month in a row", [
            "The number of patients waiting for planned treatment at the county's two hospitals has fallen for the third consecutive month, new figures show.",
            "Just over thirty-one thousand people were on the list at the end of February, down from a peak of almost thirty-five thousand last autumn.",
            "Managers credited weekend surgery sessions and a new day-case unit that has taken hip and knee operations out of the main theatres.",
            "Patient groups welcomed the progress but warned that waits for mental health services remained far too long.",
        ], None),
        ("blog", "Five things I learned walking the coast path in winter", [
            "I set off from the harbour on a grey January morning with a heavy rucksack, a flask of tea and no real idea of what I was letting myself in for.",
            "The first lesson came quickly: the tide tables matter far more in winter, when the beaches you planned to cross are underwater by mid-afternoon.",
            "The second was that most cafés along the way close until Easter, so I learned to carry two days of food and to treat any open pub as a small miracle.",
            "Would I do it again? Absolutely, but next time I would pack lighter, walk shorter days and leave more time to sit and watch the sea.",
        ], "Planning your route"),
        ("forum", "Laptop fan running constantly after update – any fix?", [
            ("greyowl", "Since the latest system update my laptop fan runs at full speed even when I am only reading email. Temperatures look normal in the monitoring tool. Anyone else seeing this?"),
            ("tech_dave", "Check whether the search indexer is rebuilding after the update. It can take a day or two on a big drive and keeps the processor busy the whole time."),
            ("greyowl", "You were right, the indexer was at sixty percent. I left it running overnight and this morning the fan has finally calmed down."),
            ("Sunita", "Worth updating the firmware too, my model had a fan curve bug that the manufacturer fixed in the last BIOS release."),
        ], None),
        ("institution", "Garden waste collections resume in March", [
            "Fortnightly garden waste collections will restart in the week beginning 4 March for all households that have renewed their annual permit.",
            "Permits cost forty-five pounds for the year and can be bought online or by phone until the end of February at the early-bird rate.",
            "Residents should put their brown bin out by seven in the morning on collection day, with the lid closed and no plastic bags inside.",
            "Collections will pause again over the Christmas period, and revised dates will be published on this page in November.",
        ], None),
        ("news", "Rail operator promises extra trains for summer festival", [
            "The regional rail operator has promised extra late-night services for the three days of the summer music festival after last year's chaotic scenes at the station.",
            "Thousands of festival-goers were stranded when the last train left before the headline act had finished, and some waited until morning for a bus.",
            "This year four additional trains will run after midnight, and staff will manage queues with barriers on the station forecourt.",
            "Organisers said they had also moved the final performance forward by thirty minutes to give people more time to get home.",
        ], None),
    ],
    "fr": [
        ("news", "La mairie lance un plan vélo de 40 millions d'euros", [
            "Le conseil municipal a adopté lundi soir un plan vélo de quarante millions d'euros qui prévoit cent kilomètres de pistes sécurisées d'ici à 2028.",
            "Les principaux axes reliant la gare aux quartiers nord seront réaménagés en priorité, avec des voies séparées de la circulation automobile.",
            "L'opposition a dénoncé un projet coûteux et mal concerté, estimant que les commerçants du centre n'avaient pas été suffisamment consultés.",
            "Pour l'adjointe chargée des mobilités, Sophie Garnier, il s'agit de rattraper un retard important par rapport aux autres grandes villes.",
        ], "Les travaux commencent en septembre"),
        ("news", "Sécheresse : les restrictions d'eau prolongées dans le département", [
            "La préfecture a prolongé jusqu'à la fin du mois les mesures de restriction d'eau, alors que les nappes phréatiques restent à un niveau historiquement bas.",
            "L'arrosage des jardins et le lavage des voitures sont interdits entre huit heures et vingt heures, sous peine d'une amende pouvant atteindre mille cinq cents euros.",
            "Les agriculteurs bénéficient de dérogations partielles, mais plusieurs syndicats réclament des aides pour compenser les pertes de récolte.",
            "Météo-France n'annonce pas de pluies significatives avant la mi-septembre, ce qui fait craindre une saison encore plus difficile.",
        ], None),
        ("blog", "Mon premier potager sur un balcon parisien", [
            "Quand j'ai emménagé dans ce petit appartement du onzième arrondissement, je n'imaginais pas un instant pouvoir récolter mes propres tomates.",
            "Tout a commencé avec trois jardinières achetées en solde et quelques sachets de graines offerts par une voisine passionnée de jardinage.",
            "Le plus difficile a été de gérer l'arrosage pendant les vacances, mais un système de bouteilles renversées m'a sauvé la mise en juillet.",
            "Au final, j'ai récolté près de quatre kilos de tomates cerises et surtout découvert le plaisir de manger ce que l'on a fait pousser soi-même.",
        ], "Quelles plantes choisir"),
        ("forum", "Problème de condensation sur les fenêtres en hiver", [
            ("maison_bretonne", "Bonjour à tous, chaque matin nos fenêtres sont couvertes de buée et il y a même des traces de moisissure dans les coins. Le logement est pourtant récent. Des idées ?"),
            ("Artisan_Yves", "C'est presque toujours un problème de ventilation. Vérifiez que les entrées d'air de la VMC ne sont pas bouchées et aérez dix minutes matin et soir."),
            ("maison_bretonne", "Merci, les bouches d'aération de la salle de bain étaient complètement encrassées, après nettoyage c'est déjà beaucoup mieux."),
            ("Nathalie29", "Pensez aussi au linge qui sèche à l'intérieur, chez nous c'était la principale source d'humidité pendant tout l'hiver."),
        ], None),
        ("institution", "Inscriptions scolaires pour la rentrée 2024", [
            "Les inscriptions dans les écoles maternelles et élémentaires de la commune pour la rentrée de septembre sont ouvertes jusqu'au 31 mars.",
            "Les familles peuvent effectuer la démarche en ligne sur le portail famille ou se présenter au service Éducation avec un justificatif de domicile.",
            "Le livret de famille et le carnet de santé de l'enfant, avec les vaccinations à jour, sont également demandés lors de l'inscription.",
            "Une réunion d'information destinée aux parents des futurs élèves de petite section aura lieu le samedi 6 avril à l'hôtel de ville.",
        ], None),
        ("news", "Le festival de jazz bat son record d'affluence", [
            "Avec plus de quatre-vingt mille spectateurs en cinq jours, le festival de jazz de la ville a battu cette année son record d'affluence.",
            "Les concerts gratuits organisés sur les places du centre historique ont attiré un public nombreux, notamment des familles venues des communes voisines.",
            "Les organisateurs saluent aussi le succès des ateliers pour enfants, complets dès l'ouverture de la billetterie au printemps.",
            "La prochaine édition devrait s'étendre sur une semaine entière, avec une scène supplémentaire installée au bord du fleuve.",
        ], None),
    ],
    "es": [
        ("news", "El Ayuntamiento aprueba la nueva zona de bajas emisiones", [
            "El pleno municipal aprobó este jueves la ordenanza que crea una zona de bajas emisiones en todo el casco histórico a partir del próximo mes de enero.",
            "Los vehículos sin etiqueta ambiental no podrán acceder al centro entre las siete de la mañana y las ocho de la tarde, salvo los de residentes empadronados.",
            "Las asociaciones de comerciantes pidieron un periodo de adaptación más largo y ayudas para renovar las furgonetas de reparto.",
            "La concejala de Movilidad, Carmen Ortega, aseguró que la medida reducirá la contaminación y mejorará la salud de los vecinos.",
        ], "Multas a partir de junio"),
        ("news", "La sequía obliga a restringir el riego en la comarca", [
            "La confederación hidrográfica ha decretado restricciones de riego en toda la comarca ante el bajo nivel de los embalses, que apenas superan el veinte por ciento.",
            "Los agricultores solo podrán regar dos días por semana y se prohíbe llenar piscinas privadas hasta nuevo aviso.",
            "Las cooperativas agrarias calculan pérdidas millonarias en los cultivos de regadío si la situación se prolonga durante el verano.",
            "El Gobierno regional estudia un paquete de ayudas directas y la compra de agua desalada para garantizar el abastecimiento urbano.",
        ], None),
        ("blog", "Cómo organicé mi viaje en tren por el norte de España", [
            "Siempre había querido recorrer la costa cantábrica sin coche, así que el pasado otoño me decidí a hacerlo en tren y autobús durante dos semanas.",
            "El primer consejo es reservar con antelación los trenes de vía estrecha, porque tienen pocas frecuencias y algunos tramos se llenan los fines de semana.",
            "Dormí casi siempre en albergues y pensiones familiares, que además de ser baratos me permitieron conocer a gente de todo el mundo.",
            "Si tuviera que repetir, dedicaría más días a Asturias y menos a las ciudades grandes, que se pueden visitar en cualquier momento.",
        ], "Presupuesto del viaje"),
        ("forum", "Mi lavadora no centrifuga, ¿alguien sabe qué puede ser?", [
            ("pepa_valencia", "Hola, desde hace una semana la lavadora termina el programa pero la ropa sale empapada, como si no hubiera centrifugado. Tiene cinco años. ¿Alguna idea antes de llamar al técnico?"),
            ("TecnicoJuan", "Lo primero es revisar el filtro de la bomba de desagüe, suele estar abajo a la derecha. Si el agua no sale bien, la máquina no llega a centrifugar por seguridad."),
            ("pepa_valencia", "¡Era el filtro! Tenía una moneda y un montón de pelusa. Lo he limpiado y ha vuelto a centrifugar perfectamente."),
            ("Marisa_Bcn", "También puede ser la carga desequilibrada, a mí me pasaba con las toallas grandes y se solucionó repartiendo mejor la ropa."),
        ], None),
        ("institution", "Abierto el plazo de solicitud de becas de comedor escolar", [
            "Desde el 1 de marzo y hasta el 15 de abril las familias empadronadas en el municipio pueden solicitar las becas de comedor escolar para el próximo curso.",
            "Las ayudas cubren hasta el cien por cien del precio del menú para las familias con rentas más bajas y se conceden por orden de puntuación.",
            "La solicitud puede presentarse en la sede electrónica con certificado digital o de forma presencial en las oficinas de atención ciudadana.",
            "La lista provisional de beneficiarios se publicará a finales de mayo y habrá un plazo de diez días para presentar alegaciones.",
        ], None),
        ("news", "El mercado central reabre tras dos años de obras", [
            "El mercado central reabrió este sábado sus puertas tras más de dos años de obras de rehabilitación que han costado cerca de doce millones de euros.",
            "La nueva cubierta de cristal y la climatización renovada permiten por primera vez abrir también por las tardes durante los meses de verano.",
            "De los sesenta puestos, cuarenta y dos ya están ocupados por comerciantes tradicionales y el resto se adjudicará en un nuevo concurso.",
            "Cientos de vecinos hicieron cola desde primera hora para recorrer los pasillos y comprar en los puestos de fruta y pescado.",
        ], None),
    ],
    "it": [
        ("news", "Il Comune approva il piano per le piste ciclabili", [
            "Il consiglio comunale ha approvato ieri sera il piano che prevede sessanta chilometri di nuove piste ciclabili protette entro la fine del 2027.",
            "I primi cantieri partiranno in autunno lungo i viali che collegano la stazione ai quartieri universitari, con corsie separate dal traffico.",
            "L'opposizione ha votato contro, sostenendo che il progetto sottrae troppi parcheggi ai residenti e ai negozi del centro storico.",
            "Secondo l'assessora alla mobilità, Elena Conti, il piano è indispensabile per ridurre lo smog e rendere le strade più sicure.",
        ], "I tempi dei lavori"),
        ("news", "Maltempo, allerta arancione su tutta la regione", [
            "La Protezione civile ha diramato un'allerta arancione per temporali su tutta la regione a partire dalla mezzanotte di domani.",
            "Sono attese precipitazioni intense, grandinate e raffiche di vento fino a novanta chilometri orari, soprattutto nelle zone collinari.",
            "Molti sindaci hanno disposto la chiusura delle scuole e dei parchi pubblici, invitando i cittadini a limitare gli spostamenti.",
            "Il miglioramento è previsto solo nel fine settimana, quando le temperature torneranno a salire su valori stagionali.",
        ], None),
        ("blog", "La mia ricetta della pasta alla Norma", [
            "La pasta alla Norma è il piatto della domenica a casa di mia nonna a Catania, e ogni volta che la preparo mi sembra di tornare bambina.",
            "Il segreto sta nelle melanzane: vanno tagliate a cubetti, salate e lasciate riposare mezz'ora prima di friggerle in abbondante olio.",
            "Per il sugo uso pomodori pelati, uno spicchio d'aglio e tanto basilico fresco, senza aggiungere zucchero come fanno in molti.",
            "Alla fine serve una generosa grattugiata di ricotta salata, che dà al piatto quel sapore deciso che non si dimentica.",
        ], "Gli ingredienti"),
        ("forum", "Caldaia in blocco ogni mattina, cosa controllare?", [
            ("casa_torino", "Buongiorno a tutti, da qualche giorno la caldaia va in blocco ogni mattina verso le sei e devo resettarla a mano. Sul display compare il codice E10. Qualcuno ha avuto lo stesso problema?"),
            ("Termotecnico_Paolo", "Il codice E10 di solito indica pressione bassa nell'impianto. Controlla il manometro: se è sotto un bar devi ricaricare l'acqua dal rubinetto sotto la caldaia."),
            ("casa_torino", "Grazie mille, la pressione era a mezzo bar. Ho ricaricato fino a uno e mezzo e stamattina si è accesa senza problemi."),
            ("GiuliaR", "Se la pressione continua a calare però c'è una perdita da qualche parte, meglio far controllare l'impianto da un tecnico."),
        ], None),
        ("institution", "Raccolta differenziata: nuovo calendario dal 1° aprile", [
            "Dal 1° aprile entra in vigore il nuovo calendario della raccolta differenziata porta a porta in tutti i quartieri della città.",
            "La carta verrà ritirata il lunedì, la plastica e i metalli il mercoledì, mentre l'organico passerà tre volte alla settimana.",
            "I contenitori devono essere esposti la sera prima del giorno di raccolta, dopo le ore venti, e ritirati entro la mattina successiva.",
            "Il calendario completo è disponibile presso l'ufficio ambiente e può essere scaricato in formato PDF dal sito del Comune.",
        ], None),
        ("news", "Riapre il teatro comunale dopo il restauro", [
            "Dopo quattro anni di lavori il teatro comunale riapre al pubblico con una stagione di trenta spettacoli tra prosa, lirica e danza.",
            "Il restauro ha riportato alla luce gli affreschi ottocenteschi del soffitto, rimasti nascosti per decenni sotto strati di vernice.",
            "La platea è stata rifatta con nuove poltrone e il palcoscenico è ora dotato di impianti moderni per luci e acustica.",
            "I biglietti per la serata inaugurale sono andati esauriti in poche ore, e il sindaco ha promesso una diretta in piazza.",
        ], None),
    ],
    "nl": [
        ("news", "Gemeenteraad stemt in met autoluwe binnenstad", [
            "De gemeenteraad heeft dinsdagavond met een kleine meerderheid ingestemd met het plan om de binnenstad vanaf 2026 grotendeels autoluw te maken.",
            "Bevoorrading is straks alleen nog tussen zes en elf uur 's ochtends toegestaan, bewoners krijgen een ontheffing voor hun parkeerplaats.",
            "Ondernemers in het centrum reageerden teleurgesteld en vrezen dat klanten uitwijken naar de winkelcentra aan de rand van de stad.",
            "Wethouder Mobiliteit Fleur Jansen zei dat andere steden hebben laten zien dat een autoluw centrum juist meer bezoekers trekt.",
        ], "Wat verandert er voor forenzen"),
        ("news", "Dijkversterking langs de rivier loopt vertraging op", [
            "De versterking van de dijk langs de rivier loopt minstens een jaar vertraging op doordat er te weinig geschikte klei beschikbaar is.",
            "Het waterschap moet de grond nu van verder weg laten aanvoeren, wat de kosten naar verwachting met enkele miljoenen euro's verhoogt.",
            "Bewoners van de dorpen achter de dijk maken zich zorgen, omdat het werk juist zou zijn afgerond voor het volgende stormseizoen.",
            "Volgens het waterschap is de dijk in de tussentijd veilig en wordt de situatie elke week door inspecteurs gecontroleerd.",
        ], None),
        ("blog", "Onze fietsvakantie langs de Maas met twee kinderen", [
            "Afgelopen zomer fietsten we in tien dagen van Maastricht naar Rotterdam, met onze kinderen van zeven en negen op hun eigen fietsjes.",
            "We reden gemiddeld zo'n veertig kilometer per dag, precies genoeg om 's middags nog tijd te hebben voor zwemmen en ijsjes eten.",
            "De knooppuntenroutes maakten het navigeren heel eenvoudig, al moesten we een paar keer omrijden door werkzaamheden aan een brug.",
            "Het mooiste moment was de pont bij een klein dorp, waar de kinderen voor het eerst zelf een kaartje mochten kopen bij de veerman.",
        ], "Waar we sliepen"),
        ("forum", "Wasmachine lekt aan de voorkant, wie weet raad?", [
            ("klusjesman_ede", "Hallo allemaal, onze wasmachine lekt sinds kort water aan de voorkant, vooral tijdens het centrifugeren. Er staat dan een plasje onder de deur. Iemand ervaring mee?"),
            ("WitgoedWim", "Negen van de tien keer is dat de deurrubber. Controleer of er geen scheurtje in zit of een sok tussen de rubber en de trommel zit geklemd."),
            ("klusjesman_ede", "Top, er zat inderdaad een klein scheurtje onderin de rubber. Nieuwe besteld voor twintig euro, het lekken is voorbij."),
            ("Ingrid_Z", "Maak ook af en toe het zeepbakje schoon, bij ons liep het water daar over de rand en leek het op een lek aan de voorkant."),
        ], None),
        ("institution", "Aanvragen parkeervergunning voor bewoners", [
            "Woont u in het centrum of in een van de aangrenzende wijken met betaald parkeren, dan kunt u een parkeervergunning voor bewoners aanvragen.",
            "De vergunning kost negentig euro per jaar voor de eerste auto en tweehonderd euro voor een tweede auto op hetzelfde adres.",
            "U vraagt de vergunning digitaal aan met DigiD, waarbij u het kenteken opgeeft van de auto die op uw naam of die van uw werkgever staat.",
            "Na goedkeuring is de vergunning direct geldig en hoeft u geen kaart achter de voorruit te leggen, handhavers scannen het kenteken.",
        ], None),
        ("news", "Nieuwe brug over het kanaal feestelijk geopend", [
            "Na twee jaar bouwen is de nieuwe fiets- en voetgangersbrug over het kanaal zaterdag feestelijk geopend door de burgemeester.",
            "De brug verkort de route tussen de nieuwbouwwijk en het station met bijna tien minuten en is ontworpen door een jong architectenbureau.",
            "Honderden inwoners liepen als eersten over de brug, begeleid door een fanfare en een kraampje met gratis koffie en koek.",
            "De gemeente verwacht dat straks dagelijks ruim vijfduizend fietsers gebruikmaken van de nieuwe verbinding.",
        ], None),
    ],
}
