namespace Matchmaking.Engine.Text;

/// <summary>
/// The built-in thesaurus, curated by hand for the programme's domain (the seven creative fields, heritage, training,
/// festivals, markets, tourism, archives, policy, cooperation). A concept starts a line; "en" and "fr" lines under it list
/// its surface forms and close synonyms, comma-separated and written as <see cref="TextNormalizer"/> leaves them (lower case,
/// no diacritics, apostrophes and hyphens as spaces). "word*" matches words starting with "word"; other forms match after a
/// light plural stem; several words form a phrase. See <see cref="ConceptThesaurus"/>.
/// </summary>
internal static class Concepts
{
    // Why these forms: each one should mean the concept in the programme's texts, not merely share letters with it.
    // Prefixes are kept long enough not to catch other words ("conserv*" would catch "conservatoire", so it is spelled out).
    public const string Source = """
        # --- heritage, memory, transmission
        heritage
            en heritage, cultural heritage, legacy, patrimony, cultural identity
            fr patrimoine, patrimoni*, identite culturelle
        intangible-heritage
            en intangible heritage, living heritage, intangible, intangible cultural heritage
            fr patrimoine immateriel, patrimoine vivant, immateriel*
        monuments
            en monument*, historic building*, historic site*, heritage site*, ruins, ruin, archaeolog*, historic monument*
            fr monument*, site historique, sites historiques, batiment historique, batiments historiques, ruine*, vestige*,
            fr archeolog*, sites patrimoniaux
        historic-centre
            en old town, old city, historic centre, historic center, historic district, medina, kasbah, casbah, ksar
            fr vieille ville, centre historique, centre ancien, vieux quartier*
        history
            en histor*, past
            fr histor*, histoire
        memory
            en memory, memories, remembrance, collective memory
            fr memoire*, souvenir*, memoriel*
        know-how
            en know how, knowhow, traditional knowledge, traditional skill*, craftsmanship, savoir faire
            fr savoir faire, savoirs, savoir traditionnel, savoirs traditionnels, tour de main, tours de main
        transmission
            en pass on, passing on, passed on, hand down, handed down, transmission, transmit*, next generation, intergenerational
            fr transmission, transmettre, transmet*, transmis, transmise, releve, prochaine generation, generations futures,
            fr intergeneration*
        masters
            en master, masters, master craftsm*, master craftspeople, master artisan*, master carver*
            fr maitre, maitres, maitres artisans, maitre artisan, maitre d'art, maitres d'art
        elders
            en elder, elders, elderly, older people, old people, senior citizen*, grandmother*, grandfather*, grandparent*, ancestor*
            fr aine, aines, ainee, ainees, age, agee, agees, personnes agees, grand mere*, grands meres, grand pere*, grands parents,
            fr ancetre*
        apprenticeship
            en apprentice, apprentices, apprenticeship*, journeyman, journeymen
            fr apprenti, apprentis, apprentie, apprenties, apprentissage, compagnonnage
        inventory
            en inventor*, catalogu*, database*, register, registry, census, directory, directories
            fr inventaire*, inventori*, recens*, repertori*, catalog*, base de donnees, bases de donnees, annuaire*, fichier*
        documentation
            en document, documents, documenting, documented, documentation, transcri*
            fr documenter, documentons, documentation, transcri*, mettre par ecrit, consigner
        recording
            en record, records, recording, recordings, recorded
            fr enregistr*
        digitisation
            en digitis*, digitiz*, scan, scans, scanning, scanned, scanner*, digital copy, digital copies
            fr numeris*, scann*
        archives
            en archiv*, vault, vaults, film library, film libraries, sound archive*
            fr archiv*, cinematheque*, filmotheque*, phonotheque*
        preservation
            en preserv*, conservation, conserve, conserving, safeguard*, rescue, rescued, rescuing, save, saving
            fr preserv*, conservation, conserver, conservons, sauvegard*, sauver, sauvetage
        endangered
            en endangered, disappearing, dying out, at risk, threatened, vanishing, lost, being lost, forgotten
            fr menace, menacee, menacees, menaces, disparai*, disparition, en voie de disparition, perdu, perdus, perdue, perdues,
            fr oubli*
        deterioration
            en decay*, deteriorat*, damaged, rotting, degrading, crumbling, fading
            fr degrad*, abim*, deterior*, endommag*, pourri*
        restoration
            en restor*, refurbish*, rehabilitat*, renovat*
            fr restauration, restaurer, restaurons, restaure, restauree, restaurees, rehabilit*, renov*
        museum
            en museum*, gallery, galleries, museography
            fr musee, musees, galerie*, museal*, museograph*
        exhibition
            en exhibition*, exhibit, exhibits, exhibiting, display*, international exhibition*
            fr exposition*, exposer, exposons, expo, expos
        # --- events and markets
        festival
            en festival*, fest, carnival*, festivities, festive
            fr festival*, fete, fetes, carnaval*, festivites, festif*
        showcase
            en showcase*, showcasing
            fr vitrine*, showcase*
        fair
            en fair, fairs, trade fair*, trade show*, expo, international exhibition*, b2b
            fr salon, salons, foire*, salon professionnel, salons professionnels, salons internationaux
        market
            en market, markets, marketplace*, bazaar*, souk*, market day*
            fr marche, marches, souk*, marche hebdomadaire
        sales
            en sell, sells, selling, sold, sale, sales, buyer*, customer*, client*, market access, commercialis*, commercializ*
            fr vente*, vendre, vendent, vendons, vendu*, acheteur*, client*, debouche*, commerciali*, ecoul*
        online-sales
            en online shop*, online store*, web shop*, web store*, online sales, online selling, sell online, ecommerce, eshop*
            fr vente en ligne, ventes en ligne, boutique en ligne, boutiques en ligne, commerce en ligne, vendre en ligne, site
            fr marchand
        online
            en online, internet, web, website*, platform*, social media
            fr en ligne, internet, web, site web, site internet, sites web, plateforme*, reseaux sociaux
        export
            en export*, abroad, overseas, foreign market*, international market*, internationalis*
            fr export*, a l'etranger, marches etrangers, marches internationaux, internationalis*
        international
            en international*, foreign, abroad, overseas, worldwide, global
            fr international*, etranger*, mondial*
        pricing
            en price*, pricing
            fr prix, tarif*
        marketing
            en marketing, promot*, advertis*, visibility, communication campaign*
            fr marketing, promo*, promouv*, publicit*, visibilite, valoris*, mise en valeur
        fair-trade
            en fair trade, fairtrade, ethical trade
            fr commerce equitable
        value-chain
            en value chain*, supply chain*, short supply chain*, sector, sectors, farm to table
            fr chaine de valeur, chaines de valeur, filiere*, circuit court, circuits courts
        logistics
            en logistic*, shipping, freight
            fr logistique*, fret, expedition*
        photography
            en photograph*, photo, photos
            fr photo, photos, photograph*
        # --- tourism and hospitality
        tourism
            en touris*, visitor, visitors, sightseeing, holidaymaker*
            fr touris*, visiteur*, vacancier*
        cultural-tourism
            en cultural tourism, heritage tourism
            fr tourisme culturel, tourisme patrimonial
        guided-tours
            en guided tour*, guided walk*, walking tour*, guided visit*, visitor route*, heritage trail*
            fr visite guidee, visites guidees, circuit de visite, circuits de visite, parcours de visite, visites commentees
        route
            en route, routes, trail, trails, itinerar*, circuit, circuits
            fr route, routes, circuit, circuits, itineraire*, parcours
        hospitality
            en hospitality, hotel*, guest house*, guesthouse*, lodging, accommodation*, waiter*, waitress*, front of house, dining
            en room staff
            fr hotel*, hebergement*, serveur*, serveuse*, personnel de salle, service en salle, chambre d'hote, chambres d'hotes
        destination
            en destination*, attraction*
            fr destination*, attracti*
        # --- cooperation and programme forms
        cooperative
            en cooperativ*, co op, coop, coops, collective, collectives, guild*, producer group*
            fr cooperativ*, collectif, collectifs, collective, collectives, groupement*, corporation*
        partnership
            en partnership*, partner*, cooperation, collaborat*, twinning, joint project*
            fr partenariat*, partenaire*, cooperation, collabor*, jumelage*
        exchange
            en exchange*, study tour*, study visit*, peer learning, exchange visit*, delegation*
            fr echange*, voyage d'etude, voyages d'etude, visite d'etude, visites d'etude, apprentissage entre pairs, delegation*
        mentoring
            en mentor*, coaching, coach*, tutoring, guidance, accompaniment, hand holding
            fr accompagn*, tutorat, coaching, coach*, parrainage, mentorat
        expertise
            en expert*, consultant*, technical assistance, advisory, advice, advis*, know what
            fr expert*, consultant*, assistance technique, appui technique, conseil, conseils, conseiller*
        networking
            en networking, network*, meet, meeting*, matchmaking, encounter*, contacts, connect*
            fr reseau, reseaux, reseautage, rencontre*, mise en relation, mises en relation, contacts
        residency
            en residency, residencies, residence, residences, artist in residence, writer in residence, retreat*
            fr residence, residences, residence d'artiste*, residence d'ecriture
        workshop
            en workshop*, atelier*, hands on session*, masterclass*, master class*
            fr atelier*, masterclass*, classe de maitre
        training
            en training, train, trained, trainer*, trainee*, capacity building, upskilling, upskill, skills development, vocational,
            en professional development, courses, course
            fr formation*, former, formons, forment, renforcement des capacites, professionnalis*, stage, stages, stagiaire*, cours
        education
            en education, educational, school*, teach*, pupil*, student*, curriculum, classroom*, class, classes, lesson*, learn,
            en learning, learners
            fr education, educati*, ecole*, scolaire*, enseign*, eleve*, etudiant*, classe*, pedagog*, apprendre, apprentissage
        teacher
            en teacher*, educator*, instructor*, tutor*
            fr enseignant*, professeur*, formateur*, formatrice*, instituteur*, educateur*, educatrice*
        university
            en universit*, academ*, research*, higher education, college*
            fr universit*, academi*, recherche*, enseignement superieur
        online-learning
            en elearning, online course*, online training, mooc*
            fr formation en ligne, formations en ligne, cours en ligne, mooc*
        funding
            en fund, funds, funding, fundraising, grant, grants, subsid*, financing, finance, financial, sponsor*, donor*,
            en investment*, investor*, budget*
            fr fonds, financ*, subvention*, bourse, bourses, mecenat, mecene*, sponsor*, investiss*, budget*, aide financiere, aides
            fr financieres
        tax-incentives
            en tax rebate*, tax credit*, tax incentive*, tax break*, cash rebate*, incentive*, rebate*
            fr credit d'impot, credits d'impot, incitation*, incitati*, abattement*, exoneration*, avantage fiscal, avantages fiscaux
        policy
            en policy, policies, strategy, strategies, strategic, framework, legislation, law, laws, regulation*
            fr politique*, strategi*, cadre, legislati*, loi, lois, reglement*
        cultural-policy
            en cultural policy, culture department*, ministry of culture, cultural affairs
            fr politique culturelle, direction de la culture, ministere de la culture, affaires culturelles, service culturel
        local-government
            en municipality, municipalities, municipal, city hall, city council, local authorit*, mayor, mayors, local government,
            en town hall
            fr municipalit*, municipal, municipale, municipaux, mairie*, commune, communes, conseil municipal, collectivite*, maire,
            fr maires, hotel de ville
        evaluation
            en evaluat*, monitoring, indicator*, impact assessment, statistics
            fr evaluation*, evaluer, suivi, indicateur*, etude d'impact, statistique*
        study
            en study, studies, survey*, mapping of, diagnostic*, feasibility
            fr etude*, enquete*, cartographie*, diagnostic*, faisabilite
        creative-economy
            en creative economy, creative industr*, cultural industr*, creative sector*, cultural sector*
            fr economie creative, industries creatives, industries culturelles, secteur creatif, secteur culturel
        entrepreneurship
            en entrepreneur*, business*, enterprise*, company, companies, sme, smes, small business*, self employed
            fr entrepreneur*, entreprise*, pme, tpe, auto entrepreneur*
        incubator
            en incubat*, accelerat*, start up, start ups, startup, startups, hub, hubs
            fr incubat*, accelerat*, pepiniere*, start up, start ups, startup, startups, jeunes pousses
        employment
            en job, jobs, employment, livelihood*, income generation, decent work, working conditions, work, careers
            fr emploi*, travail, moyens de subsistance, conditions de travail, metier, metiers, carriere*
        innovation
            en innovat*, technolog*, tech
            fr innovat*, technolog*, tech
        infrastructure-space
            en venue*, premises, facility, facilities, equipment
            fr equipement*, local, locaux, lieu, lieux
        cultural-centre
            en community centre*, community center*, cultural centre*, cultural center*, youth centre*, youth center*, youth club*
            fr centre culturel, centres culturels, maison de la culture, maison des jeunes, centre communautaire, centres
            fr communautaires, centre social
        # --- people
        youth
            en youth, young, youngster*, teen, teens, teenage*, adolescen*, young people
            fr jeune, jeunes, jeunesse, adolescen*, ado, ados
        children
            en child, children, kid, kids, infant*, schoolchildren
            fr enfant*, enfance, ecoliers
        women
            en women, woman, female, girls, girl
            fr femme*, feminin*, fille, filles
        residents
            en resident, residents, inhabitant*, citizen*, communit*, local people, dwellers
            fr habitant*, citoyen*, riverain*, communaut*, population*
        participation
            en participat*, co design, co creation, cocreation, consultation*, public input, community engagement, bottom up
            fr participati*, concertation*, co construction, co conception, co creation, consultation*, associer les habitants,
            fr implication des habitants
        inclusion
            en inclusion, inclusive, disabilit*, disabled, accessib*, marginalis*, marginaliz*, vulnerable, underserved,
            en disadvantaged, deprived, poor
            fr inclusion, inclusi*, handicap*, accessib*, defavoris*, vulnerab*, marginalis*, precaire*, quartiers populaires
        emerging
            en emerging, up and coming, first time, debut*, newcomer*, beginner*, early career, first novel*
            fr emergent*, debutant*, premiere oeuvre, premier film, premiers films, premier roman, premiers romans
        artists
            en artist, artists, creator*, creatives, performer*
            fr artiste*, createur*, creatrice*
        diaspora
            en diaspora*, migrant*
            fr diaspora*, migrant*
        # --- places
        neighbourhood
            en neighbourhood*, neighborhood*, district, districts, quarter, quarters, suburb*, township*, slum*, outskirts
            fr quartier*, banlieue*, faubourg*, periphe*, bidonville*
        rural
            en rural, village, villages, villager*, countryside, remote, remote area*, hinterland
            fr rural, rurale, ruraux, rurales, village, villages, villageois, campagne*, brousse, zones reculees
        urban
            en urban, town, towns, metropol*, inner city
            fr urbain*, metropol*
        public-space
            en public space*, square, squares, plaza*, street, streets, pedestrian*, sidewalk*, pavement*
            fr espace public, espaces publics, place publique, places publiques, rue, rues, pieton*, trottoir*, esplanade*
        street-furniture
            en street furniture, bench, benches, urban furniture, bus stop*, bus shelter*
            fr mobilier urbain, banc, bancs, abribus
        urban-regeneration
            en urban regeneration, redevelop*, regenerat*, revitalis*, revitaliz*, urban renewal, redesign*
            fr reamenag*, amenagement*, requalif*, revitalis*, renouvellement urbain, renovation urbaine
        urban-planning
            en urban planning, town planning, city planning, urbanism, planner*
            fr urbanisme, urbanist*, planification urbaine, amenagement du territoire
        green-space
            en park, parks, green space*, garden, gardens, gardening
            fr parc, parcs, espace vert, espaces verts, jardin, jardins, jardinage
        mobility
            en mobility, transport, transportation, public transport
            fr mobilite*, transport, transports
        night-time
            en night, nights, nightlife, night life, night time, night time economy, night mayor, after dark, nocturnal
            fr nuit, nuits, nocturne*, vie nocturne, economie de la nuit, maire de la nuit
        # --- crafts and folk art
        crafts
            en craft*, handicraft*, handcraft*, handmade, hand made, by hand, artisan*, craftwork*, folk art*, crafted
            fr artisan*, artisanat, artisanal*, artisanaux, fait main, fait la main, la main, metiers d'art, metier d'art, arts
            fr populaires
        craft-quarter
            en crafts village*, craft village*, artisan quarter*, artisans quarter*, crafts district*, artisans district*, crafts
            en quarter*, craft hub*, crafts centre*, crafts center*, craft centre*
            fr village artisanal, villages artisanaux, quartier des metiers, quartier artisanal, centre artisanal, cite des metiers,
            fr quartier des artisans, centre des metiers
        shop
            en shop, shops, store, stores, boutique*, showroom*, outlet*
            fr boutique*, magasin*, echoppe*, comptoir*
        textile
            en textile*, fabric, fabrics, cloth, cloths, garment*, yarn*, spinning
            fr textile*, tissu*, etoffe*, filature, fil de coton
        weaving
            en weav*, loom*, handloom*, woven
            fr tiss*, metier a tisser, metiers a tisser
        dyeing
            en dye, dyes, dyeing, dyed, dyer*, indigo, natural dye*, plant dye*, vegetable dye*, colorant*
            fr teintur*, teint*, indigo, colorant*, teindre
        natural
            en natural, plant based, plants, plant, botanical, organic, herbal, bio based
            fr naturel, naturels, naturelle, naturelles, vegetal*, vegetaux, plante*, biologique*, bio, biosource*
        embroidery
            en embroider*, needlework, lace*, beadwork*
            fr broder*, brodeu*, dentelle*, perlage
        pottery
            en potter*, ceramic*, clay, kiln*, glaze*, earthenware, stoneware, porcelain, terracotta
            fr poteri*, potier*, potiere*, ceramique*, ceramiste*, argile*, emaux, terre cuite, faience*, porcelaine*
        metalwork
            en metalwork*, metal*, blacksmith*, brass, copper*, bronze, casting, foundry, tinsmith*
            fr metal*, ferronn*, forgeron*, dinand*, laiton, cuivre*, bronze, fonte, fondeur*, fonderie*
        jewellery
            en jewel*, jewelry, goldsmith*, silversmith*, filigree, gold, silver
            fr bijou*, bijouter*, bijoutier*, orfevr*, filigrane*, or et argent, argent*
        leather
            en leather*, tanning, tanner*, tannery, tanneries, saddler*
            fr cuir*, maroquin*, tann*, tanneur*, tannerie*, sellerie*
        woodwork
            en wood, woodwork*, woodcarv*, carving, carvings, carver*, carved, carpentr*, joinery, cabinetmak*, marquetry
            fr bois, menuiser*, ebeniste*, ebenisterie, marqueter*, sculpteur sur bois, sculpture sur bois
        furniture
            en furniture, furnishing*
            fr meuble*, mobilier, ameublement
        basketry
            en basket*, wicker, raffia, rattan, palm weaving
            fr vanner*, panier*, raphia, rotin, osier, tressage
        glass
            en glass, glasses, glassblow*, glasswork*
            fr verre*, verrerie*, souffleur de verre
        carpets
            en carpet*, rug, rugs, kilim*, tapestr*
            fr tapis, kilim*, tapisser*
        counterfeiting
            en counterfeit*, copies, copying, imitation*, fake, fakes, knock off*, piracy, pirated
            fr contrefacon*, copie*, imitation*, piratage, faux, pirate*
        origin-labels
            en geographical indication*, protected designation*, designation of origin, appellation*, origin label*, pdo, pgi, gi,
            en collective mark*, certification mark*
            fr indication geographique, indications geographiques, appellation*, aop, aoc, igp, marque collective, marques
            fr collectives, label d'origine
        certification
            en certif*, label, labels, labelling, labeling, quality mark*, standards
            fr certif*, label*, norme*
        quality
            en quality, high quality
            fr qualite*
        trademark
            en trademark*, brand protection, registered mark*
            fr marque deposee, marques deposees, depot de marque
        protection
            en protect*, protection
            fr proteg*, protection*
        # --- design
        design
            en design*, designer*
            fr design*, designer*, conception, concevoir, concevons, concoit
        product-design
            en product design*, industrial design*, object, objects, products
            fr design produit, design industriel, design d'objet, objet, objets, produits
        prototyping
            en prototyp*, mock up, mock ups, mockup*, model making, scale model*, rapid prototyping, cnc, laser cut*, 3d print*,
            en milling
            fr prototyp*, maquett*, impression 3d, decoupe laser, fraiseuse*, usinage
        makerspace
            en fab lab*, fablab*, makerspace*, maker space*, maker lab*, hackerspace*, hacker space*
            fr fab lab*, fablab*, tiers lieu, tiers lieux, laboratoire de fabrication, espace de fabrication
        manufacturing
            en manufactur*, industry, industries, industrial, factory, factories, producers of goods
            fr fabrica*, fabriquer, fabriquent, industri*, usine*, manufactur*
        architecture
            en architect*, building, buildings
            fr architect*, batiment*, edifice*
        branding
            en brand, brands, branding, logo*, visual identity, identity, corporate identity, city brand*, place brand*, colour
            en palette, color palette
            fr image de marque, marque, identite visuelle, identite, logo*, charte graphique, marketing territorial
        typography
            en typograph*, typeface*, font, fonts, lettering, type design
            fr typograph*, police de caracteres, polices de caracteres, caractere typographique, fonte, fontes, lettrage
        signage
            en signage, sign, signs, wayfinding, way finding, directional sign*, signpost*
            fr signaletique*, panneau*, orientation, jalonnement
        graphic-design
            en graphic design*, graphic designer*, graphics, visual communication
            fr design graphique, graphiste*, graphisme, communication visuelle
        fashion
            en fashion*, clothing, clothes, apparel, couture, tailor*, stylist*
            fr mode, stylis*, vetement*, habillement, couture*, pret porter, createur de mode, createurs de mode, tailleur*
        fashion-show
            en fashion show*, runway*, catwalk*
            fr defile, defiles, defile de mode, podium*
        interior-design
            en interior design*, interior architecture, interiors
            fr design d'interieur, architecture d'interieur, decoration interieure
        service-design
            en service design, public service*, design thinking, user centred, user centered, administrative procedure*
            fr design de services, services publics, design thinking, demarches administratives
        recycling
            en recycl*, upcycl*, reuse, reusing, reused, repair, repairing, repaired, second hand, circular economy, circular,
            en circularity
            fr recycl*, surcycl*, reutilis*, reemploi, repar*, seconde main, economie circulaire, circulaire*
        waste
            en waste, wastes, garbage, rubbish, trash, throw away, throwing away, thrown away, discard*
            fr dechet*, ordure*, jeter, jettent, jete, rebut*
        materials
            en material, materials, raw material*
            fr materiau, materiaux, matiere premiere, matieres premieres
        plastics
            en plastic, plastics
            fr plastique, plastiques
        packaging
            en packaging, packages
            fr emballage*, conditionnement
        sustainability
            en sustainab*, eco friendly, environment*, ecolog*, climate, low carbon
            fr durab*, durable, durables, ecolog*, environnement*, climat*, bas carbone
        eco-design
            en eco design, ecodesign, green design, sustainable design
            fr ecoconception, eco conception, design durable
        # --- film and audiovisual
        film
            en film, films, movie*, cinema*, motion picture*, filmmaking, filmmaker*, cinematograph*, moviemaker*
            fr film, films, cinema*, cinematograph*, cineaste*, septieme art
        feature-film
            en feature film*, feature length, full length film*
            fr long metrage, longs metrages, longmetrage*
        short-film
            en short film*, short movie*
            fr court metrage, courts metrages
        documentary
            en documentar*
            fr documentaire*, documentariste*
        audiovisual
            en audiovisual, audio visual
            fr audiovisuel*
        animation
            en animation*, animated, cartoon*, motion design
            fr animation*, anime, animes, dessin anime, dessins animes
        screenwriting
            en screenwrit*, screenplay*, script, scripts, scriptwrit*, story development, script development
            fr scenari*, script*, ecriture de scenario
        directing
            en directing, director, directors, film director*, first time director*
            fr realisateur*, realisatrice*, mise en scene, metteur en scene
        film-crew
            en crew, crews, technician*, film crew*, production crew*
            fr technicien*, equipe technique, equipes techniques, equipe de tournage, equipes de tournage
        shooting
            en shoot, shoots, shooting*, filming, film shoot*
            fr tournage*, tourner, filmer
        film-commission
            en film commission*, film office*, filming permit*, shooting permit*, film permit*
            fr commission du film, bureau d'accueil des tournages, bureau des tournages, accueil des tournages, film commission
        permits
            en permit, permits, permission*, authoris*, authoriz*, licence*, license*, licensing, clearance*
            fr autorisation*, permis, licence*, agrement*
        locations
            en location, locations, location scouting, scouting, scout, scouts, film set*, sets
            fr reperage*, decor, decors, decors naturels, lieux de tournage, lieu de tournage
        co-production
            en co production*, coproduction*, co producer*, coproducer*, co produce, co produced
            fr coproduction*, coproducteur*, co production, coproduire
        distribution
            en distribut*, circulation, release, releasing, sales agent*
            fr distribut*, diffusion, diffuser, sortie en salle, sorties en salles
        production
            en production, productions, produce, producing, produced
            fr production, productions, produire, produisent, produisons
        producer
            en producer, producers
            fr producteur*, productrice*
        pitching
            en pitch, pitching, pitches, project market*, co production market*
            fr pitch, pitchs, pitcher, marche de coproduction
        screenings
            en screening*, film showing*, movie night*, projection*, cine club*, film club*
            fr projection*, seance*, cine club*, cineclub*, cinema en plein air, cinema itinerant, ciné itinerant
        outdoor
            en open air, outdoor*, outdoors
            fr plein air, exterieur*
        mobile
            en mobile, travelling, traveling, touring, roving, itinerant, caravan*, van, vans
            fr itinerant*, mobile*, ambulant*, caravane*
        cinema-venue
            en cinema hall*, movie theatre*, movie theater*, screen, screens, picture house*
            fr salle de cinema, salles de cinema, ecran*
        film-literacy
            en media literacy, film literacy, visual literacy, film education, image education
            fr education l'image, education aux images, education aux medias, lecture de l'image
        television
            en television*, tv, broadcast*, broadcaster*, streaming
            fr television*, tele, chaine de television, chaines de television, diffuseur*
        series
            en series, serial*, web series
            fr serie, series, feuilleton*, web serie*
        radio
            en radio*, airplay, airwaves, podcast*
            fr radio*, antenne*, podcast*
        dubbing
            en dubbing, subtitl*, voice over
            fr doublage, sous titr*
        # --- gastronomy
        food
            en food, foods, cuisine*, culinary, gastronom*, cooking, dish, dishes, meal*, eating, foodways, recipes
            fr cuisine*, culinaire*, gastronom*, alimentation, alimentaire*, nourriture, repas, plat, plats, mets, manger, aliment*
        chef
            en chef, chefs, cook, cooks, kitchen brigade, culinary professional*
            fr chef, chefs, cuisinier*, cuisiniere*, commis, brigade*, personnel de cuisine
        kitchen
            en kitchen*, cookery
            fr cuisine, cuisines
        culinary-school
            en culinary school*, cooking school*, cookery school*, culinary institute*, catering college*, hospitality school*
            fr ecole de cuisine, ecoles de cuisine, ecole hoteliere, ecoles hotelieres, ecole culinaire, institut culinaire, lycee
            fr hotelier
        hygiene
            en hygiene, food safety, sanitation, cleanliness, clean, haccp, sanitary
            fr hygiene, securite alimentaire, securite sanitaire, salubrite, proprete, sanitaire*, haccp
        restaurant
            en restaurant*, eatery, eateries, diner, diners, bistro*, cafe, cafes, catering, caterer*
            fr restaurant*, restaurateur*, bistro*, cafe, gargote*, maquis, traiteur*, restauration collective, restauration rapide
        management
            en management, manage, managing, manager, managers, administration, business skill*
            fr gestion, gerer, gestionnaire*, management, manager, managers, administration
        recipes
            en recipe*, cookbook*, cook book*, cookery book*
            fr recette*, livre de cuisine, livres de cuisine, livre de recettes
        traditional
            en traditional*, tradition*, ancestral, customary, folk, vernacular, indigenous
            fr tradition*, ancestra*, coutum*, populaire*, vernaculaire*, autochtone*, indigene*
        local-products
            en local product*, local produce, local ingredient*, ingredient*, terroir, farm product*, agricultural product*, agri
            en food
            fr produit du terroir, produits du terroir, produits locaux, produit local, terroir*, ingredient*, produits agricoles,
            fr produit agricole, denree*
        agriculture
            en farmer*, farming, agricultur*, smallholder*, grower*, peasant*, farm, farms
            fr agricult*, agricole*, paysan*, cultivateur*, exploitant*, maraich*, exploitation agricole, ferme agricole
        farmers-market
            en farmers market*, farmers' market, producers market*, local market*, weekly market*
            fr marche de producteurs, marches de producteurs, marche paysan, marches paysans, marche local, marches locaux
        food-tourism
            en food tourism, culinary tourism, gastronomic tourism, gastrotourism, food trail*, food tour*, wine route*
            fr tourisme gourmand, tourisme culinaire, tourisme gastronomique, circuit gourmand, circuits gourmands, route gourmande,
            fr routes gourmandes, oenotourisme
        tasting
            en tasting*, taste, tastes, degustation, sampling
            fr degust*, gout, gouts, gouter
        home-dining
            en home dining, homestay*, host family, host families, supper club*
            fr table d'hote, tables d'hotes, chez l'habitant, repas chez l'habitant
        street-food
            en street food, street vendor*, food stall*, food truck*
            fr cuisine de rue, street food, vendeur de rue, vendeurs de rue, restauration de rue
        canteens
            en canteen*, cafeteria*, school meal*, school lunch*, dining hall*
            fr cantine*, restauration collective, restauration scolaire, repas scolaire*
        food-waste
            en food waste, food loss*, leftover*, compost*
            fr gaspill*, compost*, restes alimentaires, pertes alimentaires
        urban-agriculture
            en urban garden*, community garden*, urban agriculture, urban farming, vegetable garden*, kitchen garden*, allotment*,
            en rooftop garden*
            fr jardin potager, jardins potagers, potager*, agriculture urbaine, jardin partage, jardins partages, jardins
            fr communautaires, ferme urbaine, fermes urbaines
        nutrition
            en nutrition, healthy eating, diet, diets, health
            fr nutrition, alimentation saine, sante
        coffee
            en coffee*, barista*, espresso, roast, roasting, roasted, roaster*, cafe
            fr cafe, cafes, torrefact*, torrefi*, barista*
        tea
            en tea, teas, herbal tea*, infusion*
            fr infusion*, tisane*
        cocoa
            en cocoa, cacao, chocolate*
            fr cacao, chocolat*
        seafood
            en fish, fishes, fishing, fisher*, fishermen, fisherman, seafood, sea food, fishery, fisheries, shellfish, fishing port*
            fr poisson*, peche, pecheur*, pecheuse*, fruits de mer, halieuti*, crustace*, criee*, port de peche
        olive-oil
            en olive oil, olive*, olive groves
            fr huile d'olive, olive*, oleicole*, oleiculture
        honey
            en honey, beekeep*, apicultur*, bees
            fr miel*, apicult*, abeille*
        spices
            en spice*, spicy, herbs
            fr epice*, aromate*
        argan
            en argan
            fr argan
        wine
            en wine, wines, vineyard*, winemak*, viticultur*
            fr vin, vins, vignoble*, viticult*, vigneron*
        bakery
            en bread, bakery, bakeries, baker, bakers, pastry, pastries
            fr pain, pains, boulang*, patisser*
        dairy
            en cheese*, dairy
            fr fromage*, laiti*
        # --- literature
        literature
            en literature, literary, letters, belles lettres
            fr litterature*, litteraire*, lettres
        book
            en book, books, title, titles, volume, volumes
            fr livre, livres, ouvrage*, bouquin*, titre, titres
        publishing
            en publish*, publisher*, publishing house*, press, presses, small press*, imprint*, edition, editions, editor, editors
            fr editeur*, editrice*, maison d'edition, maisons d'edition, edition, editions, editer, editons, publier, publions,
            fr publication*, publie*
        translation
            en translat*, bilingual*, multilingual*
            fr tradu*, bilingu*, multilingu*, plurilingu*
        rights
            en rights, right holder*, rightsholder*, translation rights, foreign rights, rights market, rights sale*
            fr droit, droits, ayant droit, ayants droit, ceder, cede, cession*, cession de droits
        copyright
            en copyright*, author's right*, intellectual property, neighbouring rights, related rights, royalt*
            fr droit d'auteur, droits d'auteur, droits voisins, propriete intellectuelle, redevance*
        collecting-society
            en collecting society, collecting societies, collective management, collective management organisation*, performing
            en rights organisation*, rights society, rights societies
            fr societe de gestion collective, societes de gestion collective, gestion collective, organisme de gestion collective,
            fr bureau du droit d'auteur, bureau des droits d'auteur
        remuneration
            en royalt*, paid, payment*, earn, earns, earning*, income*, remunerat*, revenue*, fees, unpaid
            fr redevance*, remuner*, revenu*, retribu*, paye, payes, payee, cachet*, gagner, gagnent, gain
        contracts
            en contract*, legal advice, lawyer*, deal, deals, agreements
            fr contrat*, juridique*, avocat*, convention*
        library
            en librar*, reading room*, media centre*, media center*, mediatheque*
            fr bibliothe*, bibliobus, mediathe*, salle de lecture, salles de lecture, lecture publique
        mobile-library
            en mobile librar*, library bus*, library buses, bookmobile*, book bus, travelling librar*
            fr bibliobus, bibliotheque mobile, bibliotheques mobiles, bibliotheque itinerante, bibliotheques itinerantes
        reading
            en reading, reader, readers, read, book club*, reading club*, reading promotion
            fr lecture*, lecteur*, lectrice*, lire, club de lecture, clubs de lecture
        literacy
            en literacy, illiteracy, illiterate
            fr alphabetis*, illettris*, analphabet*
        bookshop
            en bookshop*, bookstore*, bookseller*, book seller*
            fr librairie*, libraire*
        book-fair
            en book fair*, book festival*, book salon*, rights market
            fr salon du livre, salons du livre, foire du livre, fete du livre, festival du livre
        author
            en author*, writer*, novelist*, essayist*
            fr auteur*, auteure*, ecrivain*, ecrivaine*, romancier*, romanciere*
        creative-writing
            en creative writing, writing workshop*, writing, write, writers workshop*, manuscript*, draft*
            fr ecriture*, ecrire, ecrivent, atelier d'ecriture, ateliers d'ecriture, manuscrit*
        novel
            en novel, novels, fiction, novella*
            fr roman, romans, fiction*
        poetry
            en poet*, poem*, verse, slam*, spoken word
            fr poesie, poeme, poemes, poete, poetes, poetique*, slam*, parole, paroles
        oral-tradition
            en oral tradition*, oral literature, oral history, oral, storytell*, story teller*, folk tale*, folktale*, tale, tales,
            en legend*, myth*, fable*, griot*
            fr tradition orale, traditions orales, litterature orale, orale, oraux, oralite, conte, contes, conteur*, conteuse*,
            fr legende*, mythe*, fable*, griot*
        narrative
            en narrative*, story, stories, storyline*
            fr recit*, histoire, histoires, narrati*
        illustration
            en illustrat*, picture book*, comics, comic book*, comic strip*, graphic novel*
            fr illustr*, album illustre, albums illustres, bande dessinee, bandes dessinees, bd
        children-literature
            en children's literature, children's book*, youth literature, young adult, picture book*
            fr litterature jeunesse, livre jeunesse, livres jeunesse, album jeunesse, albums jeunesse, livre pour enfants, livres
            fr pour enfants
        ebooks
            en ebook*, digital book*, electronic book*, digital publishing, print on demand, audiobook*, audio book*
            fr livre numerique, livres numeriques, livre electronique, livres electroniques, edition numerique, impression la
            fr demande, livre audio, livres audio
        printing
            en print, printing, printer*, printed, printshop*, print shop*
            fr impression*, imprim*, tirage*
        language
            en language*, linguistic*, local language*, national language*, mother tongue*, indigenous language*
            fr langue*, linguisti*, langue locale, langues locales, langue nationale, langues nationales, langue maternelle
        prize
            en prize*, award*, competition*, contest*
            fr prix, concours, recompense*, trophee*
        # --- media arts
        digital-art
            en media art*, new media, new media art, digital art*, electronic art*, digital artist*, digital creation, computer art,
            en net art
            fr arts numeriques, art numerique, artiste numerique, artistes numeriques, artistes du numerique, creation numerique,
            fr arts electroniques, arts mediatiques, nouveaux medias
        digital
            en digital*, electronic, computer*, computing, ict, new media
            fr numerique*, digital*, informatique*, ordinateur*, tic, nouveaux medias
        coding
            en coding, code, coder, coders, programming, programmer, programmers, software, developer, developers, algorithm*
            fr code, coder, codage, programmation, programmeur*, logiciel*, developpeur*, algorithm*, algorithme*
        ai
            en artificial intelligence, ai, machine learning, deep learning, generative, neural network*, ai generated
            fr intelligence artificielle, ia, apprentissage automatique, apprentissage profond, generatif, generative, reseau de
            fr neurones, reseaux de neurones
        video-games
            en video game*, videogame*, game, games, gaming, gamer*, game jam*, game design*, game studio*, indie game*, esport*
            fr jeu video, jeux video, jeux videos, jeu, jeux, gaming, game jam*, ludique*
        virtual-reality
            en virtual reality, vr, augmented reality, mixed reality, xr, extended reality, headset*, immersive, immersion
            fr realite virtuelle, realite augmentee, realite mixte, rv, casque*, immersi*
        interactive
            en interactiv*, interaction*
            fr interacti*
        installation
            en installation*, artwork*, art piece*
            fr installation*, oeuvre, oeuvres
        light
            en light, lights, lighting, illuminat*
            fr lumiere*, lumineu*, eclairage*, illumin*
        light-festival
            en festival of lights, light festival*, light show*, light art, light installation*
            fr fete des lumieres, festival des lumieres, festival de lumiere, oeuvres lumineuses, art lumineux, spectacle lumineux,
            fr spectacles lumineux, spectacle de lumiere
        projection-mapping
            en video mapping, projection mapping, mapping, projection*, projected, projecting, projector*
            fr mapping video, videomapping, mapping, projection*, projete*, projeter, videoprojection*
        electronics
            en electronics, arduino, robotic*, robot, robots, sensors
            fr electroni*, robot*, arduino, capteur*
        digital-skills
            en digital skill*, digital literacy, digital inclusion, computer skill*, computer literacy, coding club*, coding school*,
            en digital divide
            fr competences numeriques, inclusion numerique, fracture numerique, culture numerique, club de code, clubs de code, ecole
            fr de code
        street-art
            en mural*, street art, graffiti, public art
            fr fresque*, street art, art urbain, graffiti*, art public
        media
            en media, press, journalism, journalist*
            fr medias, media, presse, journalis*
        # --- music
        music
            en music, musical, musics
            fr musique*, musical*, musicaux
        musician
            en musician*, band, bands, singer*, vocalist*, rapper*, dj, djs
            fr musicien*, musicienne*, groupe de musique, groupes de musique, chanteur*, chanteuse*, rappeur*, dj, djs
        song
            en song*, track, tracks, tune, tunes
            fr chanson*, morceau, morceaux, titre, titres
        live-music
            en live music, venue*, concert hall*, music venue*, club, clubs, nightclub*, bar, bars, live stage*
            fr musique live, salle de concert, salles de concert, salle de spectacle, salles de spectacle, club*, boite de nuit,
            fr boites de nuit, bar, bars, scene*
        concert
            en concert*, gig, gigs, live performance*
            fr concert*, spectacle vivant, spectacles vivants
        noise
            en noise*, noisy, sound level*, sound insulation, soundproof*
            fr bruit*, nuisance*, nuisances sonores, insonoris*
        music-education
            en music school*, conservatory, conservatories, conservatoire*, music class*, music lesson*, music teacher*, music
            en education
            fr conservatoire*, ecole de musique, ecoles de musique, cours de musique, education musicale, enseignement musical,
            fr professeur de musique, enseigner la musique
        orchestra
            en orchestra*, choir*, brass band*, philharmonic, youth orchestra*
            fr orchestre*, chorale*, choeur*, fanfare*, harmonie*
        primary-school
            en primary school*, elementary school*, schoolchildren, pupils
            fr ecole primaire, ecoles primaires, ecole elementaire, ecoles elementaires, eleves, ecoliers
        recording-studio
            en recording studio*, home studio*, studio recording
            fr studio d'enregistrement, studios d'enregistrement, home studio*
        sound-engineering
            en sound engineer*, sound engineering, audio engineer*, mixing, mix, mastering, music production, beatmak*, sound
            en technician*
            fr ingenieur du son, ingenieurs du son, prise de son, mixage, mixer, mastering, production musicale, beatmak*, technicien
            fr du son, techniciens du son, sonorisation
        music-industry
            en music industry, music business, record label*, label*, music office*, music export office*, artist management
            fr industrie musicale, filiere musicale, metiers de la musique, label*, maison de disques, bureau de la musique, bureau
            fr export
        booking
            en booking, booker*, booking agent*, programmers, programmer, festival programmer*, tour manager*, promoter*, touring,
            en tour, tours
            fr programmat*, tourneur*, booker*, booking, agent artistique, agents artistiques, tournee*
        instruments
            en instrument*, luthier*, instrument making, drum*, string instrument*, kora*, guitar*, violin*, percussion*
            fr instrument*, luthier*, lutherie, tambour*, percussion*, instrument cordes, instruments cordes, kora*, guitare*,
            fr violon*
        traditional-music
            en traditional music, folk music, world music
            fr musique traditionnelle, musiques traditionnelles, musique du monde, musiques du monde
        popular-music
            en contemporary music, popular music, pop, rock, hip hop, rap, jazz, electro, urban music, current music
            fr musiques actuelles, musique actuelle, musique urbaine, musiques urbaines, hip hop, rap, jazz, pop, rock, electro
        dance
            en danc*, choreograph*
            fr danse*, choregraph*
        theatre
            en theatre*, theater*, performing art*, drama
            fr theatre*, spectacle vivant, arts de la scene, arts du spectacle
        puppetry
            en puppet*
            fr marionnette*
        calligraphy
            en calligraph*
            fr calligraph*
        """;
}
