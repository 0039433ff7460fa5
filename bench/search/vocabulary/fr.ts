import type { Vocabulary } from './vocabulary.ts';

export const fr: Vocabulary = {
	separator: ' ',
	numberLocale: 'fr',
	topics: {
		waste:
			'déchets déchet | recyclage recyclés recycler recyclé recyclées | compost compostage compostés composter | collecte_des_déchets | décharge décharges | plastique plastiques | déchets_solides | ordures ordures_ménagères | tri triés trier | déchets_électroniques | biogaz | biochar | incinération incinérateur | réemploi réutilisés',
		water:
			'eau eaux | eau_potable | approvisionnement_en_eau | canalisations canalisation | puits forages | récupération_des_eaux_de_pluie | fuites fuite | nappes_phréatiques | compteurs compteur comptage | réservoir réservoirs | dessalement dessalée | bornes-fontaines borne-fontaine',
		sanitation:
			"assainissement | toilettes | eaux_usées | latrines latrine | égouts égout | boues_de_vidange | hygiène hygiéniques | lavage_des_mains | fosses_septiques fosse_septique | défécation_à_l'air_libre",
		transport:
			'transport transports | bus autobus | mobilité | bus_à_haut_niveau_de_service | vélos vélo cyclistes | piétons piéton piétonnes | circulation trafic | navetteurs déplacements | minibus | sécurité_routière | embouteillages congestion | véhicules_électriques | tarifs tarif | motos-taxis',
		housing:
			'logement logements | quartiers_précaires | bidonvilles bidonville | réhabilitation réhabilités réhabiliter | sécurisation_foncière | logement_social | urbanisme planification_urbaine | zonage | construction construits construire | îlots | relogement relogés | loyers loyer | adressage',
		energy:
			'énergie énergies énergétique | solaire panneaux_solaires | électricité électrification électrifiés | renouvelable renouvelables | mini-réseaux mini-réseau | efficacité efficace | éclairage_public | cuisson_propre | batteries batterie | biomasse | énergie_éolienne | prépayé | LED',
		health:
			'santé | centres_de_santé dispensaires | vaccination vaccinés vaccins | paludisme | santé_maternelle | nutrition malnutrition | agents_de_santé_communautaires | hôpitaux hôpital | maladies maladie | choléra | santé_mentale | ambulances ambulance | télémédecine',
		education:
			'éducation éducatif éducative | écoles école | formation formés former formations | compétences | enseignants enseignant | élèves étudiants | apprentissage apprentis | alphabétisation | formation_professionnelle | programmes_scolaires | bourses bourse | enseignement_à_distance',
		climate:
			'climat climatique climatiques | inondations inondation inondés | adaptation adapter adaptées | résilience résilients résiliente | sécheresse sécheresses | alerte_précoce | chaleur vagues_de_chaleur | émissions | arbres arbre | mangroves mangrove | infrastructures_vertes | cyclones cyclone | érosion_côtière',
		digital:
			'numérique numériques numérisation numérisés | données | en_ligne | plateforme plateformes | administration_électronique | paiement_mobile | données_ouvertes | SIG | cartographie cartes cartographiés | applications application | registre registres | ville_intelligente | cybersécurité',
		finance:
			'financement financements financé financer | budget budgets budgétaire | investissement investissements investir | prêts prêt | obligations_municipales | recettes | impôts impôt fiscalité | budget_participatif | microfinance | crédit crédits | subventions subvention | partenariat_public-privé | financement_mixte',
		agriculture:
			'agriculture agricole agricoles | agriculteurs agriculteur producteurs | alimentation alimentaire alimentaires | agriculture_urbaine | marchés marché | cultures culture | irrigation irrigués | élevage bétail | pêche pêcheurs | semences semence | chaînes_de_valeur | coopératives coopérative | hydroponie hydroponiques',
		economy:
			'emplois emploi chômage | travail travailleurs | entrepreneurs entrepreneuriat | tourisme touristes touristique | patrimoine | petites_entreprises | vendeurs_de_rue | économie_informelle | artisanat artisans | moyens_de_subsistance | incubateur incubateurs | industries_créatives',
		social:
			"femmes femme | jeunes jeunesse | genre | inclusion inclusive inclus | protection_sociale | pauvreté pauvres | transferts_monétaires | handicap handicapées | personnes_âgées | migrants migration | réfugiés réfugiées | garde_d'enfants | violence violences"
	},
	general:
		'ville villes | communauté communautés communautaire | commune communes municipalité municipal | habitants résidents | ménages ménage | collectivité_locale | quartier quartiers | district districts | partenaires partenariat partenariats | conseil_municipal | ministère | programme programmes | projet projets | autorités autorité | bénévoles bénévolat | services service | pilote | acteurs | citoyens citoyenne | échanges_entre_pairs',
	titles: [
		"{t} et {t} : l'expérience de {c}",
		'{t} {t} pour les {g}',
		'Étendre {t} avec les {g}',
		'Du {t} au {t} : un modèle de {g}',
		'{g} et {t} : {t} au service des {g}'
	],
	sentences: [
		'La {g} de {c} faisait face à des problèmes croissants de {t} et de {t}.',
		"Avant {y}, la plupart des {g} n'avaient pas accès à {t} ni à {t}.",
		'Avec les {g}, la {g} a conçu un programme de {t} et de {t}.',
		'Le {t} a été organisé avec les {g} et les {g} dans {n} {g}.',
		"L'approche combine {t} et {t} avec les {g} et le {t}.",
		'Les {g} locaux ont été formés au {t} et à {t}.',
		'Un dispositif de {t} a relié les {g} aux services de {t}.',
		'Les principaux obstacles étaient le coût du {t}, la faiblesse des {g} et le manque de {t}.',
		'Depuis {y}, les {g} participent à un modèle de {t} et de {t}.',
		"{c} a partagé son expérience du {t} avec des {g} d'autres {g}."
	],
	results: [
		"{n} {g} bénéficient aujourd'hui de {t} et de {t}.",
		'Le {t} a augmenté de {p} entre {y} et {y}.',
		'Le programme a touché {n} {g} et réduit le {t} de {p}.',
		'Les coûts du {t} ont baissé de {p}, soit une économie de {n} dollars par an.',
		'{p} des {g} signalent une amélioration du {t} depuis {y}.',
		'En {y}, {n} tonnes de {t} étaient traitées chaque mois.'
	],
	organizations: [
		'Ville de {w}',
		'Commune de {w}',
		'Agence nationale de {t} de {c}',
		'Bureau des Nations Unies pour {t} {w}',
		'Bureau pays du PNUD {c}',
		"Centre d'excellence {w} en {t}",
		'Association des communes de {c}',
		'Fondation {w} pour {t}',
		'Université de {w}',
		'{w} {t} SARL',
		'Commission régionale de {t} {w}'
	],
	syllables: 'ka mo ri la na si to ba ke lu ma do ni ga ze'
};
