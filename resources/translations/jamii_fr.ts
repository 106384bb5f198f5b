<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About Jamii</source>
      <translation>À propos de Jamii</translation>
    </message>
    <message>
      <source>Co-design upgrades of informal settlements: plots, houses, paths, water, sanitation and lighting, with costs, funding and service standards.</source>
      <translation>Concevoir ensemble l’amélioration des quartiers informels : parcelles, maisons, chemins, eau, assainissement et éclairage, avec les coûts, le financement et les normes de service.</translation>
    </message>
    <message>
      <source>Licence: GNU General Public License, version 3 or later.</source>
      <translation>Licence : GNU General Public License, version 3 ou ultérieure.</translation>
    </message>
    <message>
      <source>Data sources</source>
      <translation>Sources des données</translation>
    </message>
    <message>
      <source>Sample settlement “Mji wa Tumaini”: invented by the Jamii developers; no real people or places.</source>
      <translation>Quartier d’exemple « Mji wa Tumaini » : inventé par les développeurs de Jamii ; ni personnes ni lieux réels.</translation>
    </message>
    <message>
      <source>Service standards: Sphere Handbook 2018, UNHCR WASH standards, WHO/UNICEF JMP service ladders, UN-Habitat slum household definition.</source>
      <translation>Normes de service : manuel Sphère 2018, normes EHA du HCR, échelles de service JMP OMS/UNICEF, définition des ménages de bidonville d’ONU-Habitat.</translation>
    </message>
    <message>
      <source>Unit costs: the cost library named in the project; its rates are illustrative unless the library says otherwise.</source>
      <translation>Coûts unitaires : la bibliothèque de coûts nommée dans le projet ; ses prix sont indicatifs sauf indication contraire.</translation>
    </message>
    <message>
      <source>Icons: drawn for Jamii, released under the same licence as the program.</source>
      <translation>Icônes : dessinées pour Jamii, publiées sous la même licence que le programme.</translation>
    </message>
    <message>
      <source>Built with</source>
      <translation>Construit avec</translation>
    </message>
  </context>
  <context>
    <name>AccessDock</name>
    <message>
      <source>Access</source>
      <translation>Accès</translation>
    </message>
    <message>
      <source>Find plots without access</source>
      <translation>Trouver les parcelles sans accès</translation>
    </message>
    <message>
      <source>Accept paths derived from the plots</source>
      <translation>Accepter les chemins déduits des parcelles</translation>
    </message>
    <message>
      <source>All blocks</source>
      <translation>Tous les îlots</translation>
    </message>
    <message>
      <source>Propose access paths</source>
      <translation>Proposer des chemins d’accès</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Cancelled: nothing was changed.</source>
      <translation>Annulé : rien n’a été modifié.</translation>
    </message>
    <message>
      <source>%1 derived paths added to the existing conditions.</source>
      <translation>%1 chemins déduits ajoutés à l’existant.</translation>
    </message>
    <message>
      <source>Access paths (proposed)</source>
      <translation>Chemins d’accès (proposés)</translation>
    </message>
    <message>
      <source>Nothing to propose: every plot already faces public space or a path.</source>
      <translation>Rien à proposer : chaque parcelle donne déjà sur l’espace public ou un chemin.</translation>
    </message>
    <message>
      <source>%1 m of new path (baseline %2 m), %3 buildings crossed.</source>
      <translation>%1 m de nouveau chemin (référence %2 m), %3 bâtiments traversés.</translation>
    </message>
    <message>
      <source>%1 plots cannot be reached along plot boundaries.</source>
      <translation>%1 parcelles ne peuvent pas être atteintes le long des limites de parcelles.</translation>
    </message>
    <message>
      <source>Block %1 (%2 without access)</source>
      <translation>Îlot %1 (%2 sans accès)</translation>
    </message>
    <message>
      <source>Every plot reachable: %1 of %2. Interior plots: %3; highest block complexity k: %4. Blue: faces public space. Yellow: behind one plot. Red: deeper or enclosed.</source>
      <translation>Parcelles atteignables : %1 sur %2. Parcelles intérieures : %3 ; complexité d’îlot k la plus haute : %4. Bleu : donne sur l’espace public. Jaune : derrière une parcelle. Rouge : plus loin ou enclavée.</translation>
    </message>
    <message>
      <source>A stretcher can reach %1 plots.</source>
      <translation>Un brancard peut atteindre %1 parcelles.</translation>
    </message>
  </context>
  <context>
    <name>Accessibility</name>
    <message>
      <source>Select all rows</source>
      <translation>Sélectionner toutes les lignes</translation>
    </message>
    <message>
      <source>More tools</source>
      <translation>Plus d’outils</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>Something went wrong</source>
      <translation>Un problème est survenu</translation>
    </message>
    <message>
      <source>Jamii met an unexpected problem: %1. A safety copy of your work has been saved.</source>
      <translation>Jamii a rencontré un problème inattendu : %1. Une copie de secours de votre travail a été enregistrée.</translation>
    </message>
  </context>
  <context>
    <name>AssumptionsDialog</name>
    <message>
      <source>Costing assumptions</source>
      <translation>Hypothèses de coût</translation>
    </message>
    <message>
      <source>Leave a value empty to use the cost library's or Jamii's own. Other names: lifetime_years.&lt;bill&gt;, om_pct.&lt;bill&gt;, rule.&lt;kind&gt;.&lt;parameter&gt;.</source>
      <translation>Laissez une valeur vide pour garder celle de la base de prix ou de Jamii. Autres noms : lifetime_years.&lt;bill&gt;, om_pct.&lt;bill&gt;, rule.&lt;kind&gt;.&lt;parameter&gt;.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <source>Meaning</source>
      <translation>Signification</translation>
    </message>
    <message>
      <source>Add a row</source>
      <translation>Ajouter une ligne</translation>
    </message>
  </context>
  <context>
    <name>BackgroundImageDialog</name>
    <message>
      <source>Background image</source>
      <translation>Image de fond</translation>
    </message>
    <message>
      <source>Click two points on the image whose place on the plan you know.</source>
      <translation>Cliquez deux points de l’image dont vous connaissez la place sur le plan.</translation>
    </message>
    <message>
      <source>Point %1, %2 on the plan</source>
      <translation>Point %1, %2 sur le plan</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg *.tif *.tiff)</source>
      <translation>Images (*.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
      <source>%1 is not an image Jamii can read</source>
      <translation>%1 n’est pas une image que Jamii sait lire</translation>
    </message>
  </context>
  <context>
    <name>Bills</name>
    <message>
      <source>Preliminaries</source>
      <translation>Installation de chantier</translation>
    </message>
    <message>
      <source>Site clearance, demolition and earthworks</source>
      <translation>Dégagement du site, démolition et terrassements</translation>
    </message>
    <message>
      <source>Housing: substructure</source>
      <translation>Logement : fondations</translation>
    </message>
    <message>
      <source>Housing: superstructure</source>
      <translation>Logement : élévation</translation>
    </message>
    <message>
      <source>Roads and footpaths</source>
      <translation>Voirie et chemins piétons</translation>
    </message>
    <message>
      <source>Storm drainage</source>
      <translation>Drainage des eaux pluviales</translation>
    </message>
    <message>
      <source>Water supply</source>
      <translation>Alimentation en eau</translation>
    </message>
    <message>
      <source>Sanitation</source>
      <translation>Assainissement</translation>
    </message>
    <message>
      <source>Street lighting</source>
      <translation>Éclairage public</translation>
    </message>
    <message>
      <source>External works and community facilities</source>
      <translation>Travaux extérieurs et équipements collectifs</translation>
    </message>
    <message>
      <source>Provisional and PC sums</source>
      <translation>Sommes provisionnelles</translation>
    </message>
    <message>
      <source>Dayworks</source>
      <translation>Travaux en régie</translation>
    </message>
    <message>
      <source>Contingency</source>
      <translation>Imprévus</translation>
    </message>
  </context>
  <context>
    <name>CompareCardsPage</name>
    <message>
      <source>Working out each option…</source>
      <translation>Calcul de chaque variante…</translation>
    </message>
    <message>
      <source>No options yet: draw one first.</source>
      <translation>Pas encore de variante : dessinez-en une d’abord.</translation>
    </message>
    <message>
      <source>Each household pays &lt;b&gt;%1&lt;/b&gt;.</source>
      <translation>Chaque ménage paie &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
      <source>The cheapest option.</source>
      <translation>La variante la moins chère.</translation>
    </message>
    <message>
      <source>&lt;b&gt;%1 more&lt;/b&gt; than the cheapest.</source>
      <translation>&lt;b&gt;%1 de plus&lt;/b&gt; que la moins chère.</translation>
    </message>
    <message>
      <source>About %1 a month.</source>
      <translation>Environ %1 par mois.</translation>
    </message>
    <message>
      <source>Water and a toilet within reach: &lt;b&gt;%1 of %2&lt;/b&gt; households (today cannot be told).</source>
      <translation>Eau et toilettes à portée : &lt;b&gt;%1 sur %2&lt;/b&gt; ménages (aujourd’hui, on ne peut pas le dire).</translation>
    </message>
    <message>
      <source>Water and a toilet within reach: &lt;b&gt;%1 of %2&lt;/b&gt; households (%3 more than today).</source>
      <translation>Eau et toilettes à portée : &lt;b&gt;%1 sur %2&lt;/b&gt; ménages (%3 de plus qu’aujourd’hui).</translation>
    </message>
    <message>
      <source>Households assumed: one per home plot, no survey yet.</source>
      <translation>Ménages supposés : un par parcelle d’habitation, pas encore d’enquête.</translation>
    </message>
    <message>
      <source>Houses taken down or moved: &lt;b&gt;%1&lt;/b&gt;.</source>
      <translation>Maisons démolies ou déplacées : &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
  </context>
  <context>
    <name>ComparisonDock</name>
    <message>
      <source>Comparison</source>
      <translation>Comparaison</translation>
    </message>
    <message>
      <source>Option</source>
      <translation>Variante</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Per household</source>
      <translation>Par ménage</translation>
    </message>
    <message>
      <source>Monthly repayment</source>
      <translation>Remboursement mensuel</translation>
    </message>
    <message>
      <source>Households sharing the cost</source>
      <translation>Ménages qui partagent le coût</translation>
    </message>
    <message>
      <source>Households served</source>
      <translation>Ménages desservis</translation>
    </message>
    <message>
      <source>incomplete: {n} items unpriced</source>
      <translation>incomplet : {n} articles non chiffrés</translation>
    </message>
    <message>
      <source>not drawn: cannot be told</source>
      <translation>non dessiné : impossible à dire</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 sur %2</translation>
    </message>
  </context>
  <context>
    <name>CoordinateEntry</name>
    <message>
      <source>Point or length:</source>
      <translation>Point ou longueur :</translation>
    </message>
    <message>
      <source>12.5, 30 · @5&lt;90 · length 5 · rotate 30</source>
      <translation>12.5, 30 · @5&lt;90 · length 5 · rotate 30</translation>
    </message>
    <message>
      <source>Draw with the keyboard (Ctrl+L). x, y: a point in metres (12.5, 30). @dx, dy: that far from the last point. @length&lt;angle: that far at an angle (degrees from east, 90 = north). length 5: on in the same direction. Enter on an empty line finishes; Esc cancels. With a selection: @dx, dy or @length&lt;angle moves it, rotate 30 turns it (degrees, anticlockwise); with a corner picked (Vertex tool), x, y moves the corner.</source>
      <translation>Dessiner au clavier (Ctrl+L). x, y : un point en mètres (12.5, 30). @dx, dy : à cette distance du dernier point. @longueur&lt;angle : à cette distance selon un angle (degrés depuis l’est, 90 = nord). length 5 : poursuivre dans la même direction. Entrée sur une ligne vide termine ; Échap annule. Avec une sélection : @dx, dy ou @longueur&lt;angle la déplace, rotate 30 la tourne (degrés, sens inverse des aiguilles d’une montre) ; avec un sommet choisi (outil Sommets), x, y déplace ce sommet.</translation>
    </message>
    <message>
      <source>Type a point or a length</source>
      <translation>Saisir un point ou une longueur</translation>
    </message>
    <message>
      <source>Finished</source>
      <translation>Terminé</translation>
    </message>
    <message>
      <source>Moved by %1 m east, %2 m north</source>
      <translation>Déplacé de %1 m vers l’est, %2 m vers le nord</translation>
    </message>
    <message>
      <source>Turned by %1°</source>
      <translation>Tourné de %1°</translation>
    </message>
    <message>
      <source>Corner moved to x %1 m, y %2 m</source>
      <translation>Sommet déplacé en x %1 m, y %2 m</translation>
    </message>
    <message>
      <source>Point at x %1 m, y %2 m</source>
      <translation>Point en x %1 m, y %2 m</translation>
    </message>
    <message>
      <source>%1: the length must be a positive number of metres</source>
      <translation>%1 : la longueur doit être un nombre positif de mètres</translation>
    </message>
    <message>
      <source>Type a first point as x, y (for example 12.5, 30) before an @ or a length</source>
      <translation>Saisissez d’abord un point x, y (par exemple 12.5, 30) avant un @ ou une longueur</translation>
    </message>
    <message>
      <source>Choose a drawing tool first</source>
      <translation>Choisissez d’abord un outil de dessin</translation>
    </message>
    <message>
      <source>%1: type the turn as a non-zero number of degrees (rotate 30)</source>
      <translation>%1 : tapez la rotation en degrés, un nombre non nul (rotate 30)</translation>
    </message>
    <message>
      <source>Select what to move or rotate first (with the Select tool)</source>
      <translation>Sélectionnez d’abord ce qu’il faut déplacer ou tourner (outil Sélection)</translation>
    </message>
    <message>
      <source>%1: to move, type @dx, dy (@5, 0) or @length&lt;angle (@5&lt;90)</source>
      <translation>%1 : pour déplacer, tapez @dx, dy (@5, 0) ou @longueur&lt;angle (@5&lt;90)</translation>
    </message>
    <message>
      <source>Not understood: %1. Type x, y (12.5, 30), @dx, dy (@5, 0), @length&lt;angle (@5&lt;90) or a length (length 5)</source>
      <translation>Non compris : %1. Saisissez x, y (12.5, 30), @dx, dy (@5, 0), @longueur&lt;angle (@5&lt;90) ou une longueur (length 5)</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Annulé</translation>
    </message>
  </context>
  <context>
    <name>CorrectBallotDialog</name>
    <message>
      <source>Correct a ballot</source>
      <translation>Corriger un bulletin</translation>
    </message>
    <message>
      <source>Void this ballot (it is not counted)</source>
      <translation>Annuler ce bulletin (il n’est pas compté)</translation>
    </message>
    <message>
      <source>Count these choices instead:</source>
      <translation>Compter ces choix à la place :</translation>
    </message>
    <message>
      <source>Choices to count instead</source>
      <translation>Choix à compter à la place</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Raison</translation>
    </message>
    <message>
      <source>Why (e.g. pressed the wrong picture)</source>
      <translation>Pourquoi (p. ex. a appuyé sur la mauvaise image)</translation>
    </message>
    <message>
      <source>Ballot</source>
      <translation>Bulletin</translation>
    </message>
    <message>
      <source>Reason (recorded with the correction)</source>
      <translation>Motif (enregistré avec la correction)</translation>
    </message>
    <message>
      <source>woman</source>
      <translation>femme</translation>
    </message>
    <message>
      <source>man</source>
      <translation>homme</translation>
    </message>
    <message>
      <source>other</source>
      <translation>autre</translation>
    </message>
    <message>
      <source>Cast ballots</source>
      <translation>Bulletins déposés</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>inconnu</translation>
    </message>
    <message>
      <source>voided</source>
      <translation>annulé</translation>
    </message>
    <message>
      <source>corrected</source>
      <translation>corrigé</translation>
    </message>
    <message>
      <source>Choose the ballot to correct.</source>
      <translation>Choisissez le bulletin à corriger.</translation>
    </message>
    <message>
      <source>Say why the ballot is corrected.</source>
      <translation>Indiquez pourquoi le bulletin est corrigé.</translation>
    </message>
    <message>
      <source>Tick the choices to count instead.</source>
      <translation>Cochez les choix à compter à la place.</translation>
    </message>
    <message>
      <source>A single-choice ballot has exactly one choice.</source>
      <translation>Un bulletin à choix unique a exactement un choix.</translation>
    </message>
  </context>
  <context>
    <name>CostsDock</name>
    <message>
      <source>unknown</source>
      <translation>inconnu</translation>
    </message>
    <message>
      <source>Costs</source>
      <translation>Coûts</translation>
    </message>
    <message>
      <source>Households with water and a toilet within the standard's walking distance, along the paths</source>
      <translation>Ménages ayant l’eau et des toilettes à la distance à pied de la norme, par les chemins</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Per household</source>
      <translation>Par ménage</translation>
    </message>
    <message>
      <source>Monthly repayment</source>
      <translation>Remboursement mensuel</translation>
    </message>
    <message>
      <source>Households sharing the cost</source>
      <translation>Ménages qui partagent le coût</translation>
    </message>
    <message>
      <source>Households served</source>
      <translation>Ménages desservis</translation>
    </message>
    <message>
      <source>Bill</source>
      <translation>Bordereau</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Montant</translation>
    </message>
    <message>
      <source>Choose an option to see what it costs.</source>
      <translation>Choisissez une variante pour voir ce qu’elle coûte.</translation>
    </message>
    <message>
      <source>computing…</source>
      <translation>calcul en cours…</translation>
    </message>
    <message>
      <source>Costs are not available: %1</source>
      <translation>Coûts non disponibles : %1</translation>
    </message>
    <message>
      <source>incomplete: {n} items unpriced</source>
      <translation>incomplet : {n} articles non chiffrés</translation>
    </message>
    <message>
      <source>The cost library has no price for some items: the cost is not known until they are priced.</source>
      <translation>La base de prix n’a pas de prix pour certains articles : le coût reste inconnu tant qu’ils ne sont pas chiffrés.</translation>
    </message>
    <message>
      <source>%1 (assumed: no survey yet)</source>
      <translation>%1 (supposés : pas encore d’enquête)</translation>
    </message>
    <message>
      <source>not drawn: cannot be told</source>
      <translation>non dessiné : impossible à dire</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 sur %2</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>DXF drawing…</source>
      <translation>Dessin DXF…</translation>
    </message>
    <message>
      <source>GeoPackage…</source>
      <translation>GeoPackage…</translation>
    </message>
    <message>
      <source>GeoJSON…</source>
      <translation>GeoJSON…</translation>
    </message>
    <message>
      <source>Bill of quantities (PDF)…</source>
      <translation>Devis quantitatif (PDF)…</translation>
    </message>
    <message>
      <source>Bill of quantities (XLSX)…</source>
      <translation>Devis quantitatif (XLSX)…</translation>
    </message>
    <message>
      <source>Bill of quantities (CSV)…</source>
      <translation>Devis quantitatif (CSV)…</translation>
    </message>
    <message>
      <source>Plan sheet (PDF)…</source>
      <translation>Feuille de plan (PDF)…</translation>
    </message>
    <message>
      <source>Workshop poster (PDF)…</source>
      <translation>Affiche d’atelier (PDF)…</translation>
    </message>
    <message>
      <source>House plans (DXF)…</source>
      <translation>Plans des maisons (DXF)…</translation>
    </message>
    <message>
      <source>House sheets (PDF)…</source>
      <translation>Fiches des maisons (PDF)…</translation>
    </message>
    <message>
      <source>Export %1</source>
      <translation>Exporter %1</translation>
    </message>
    <message>
      <source>Existing conditions</source>
      <translation>Situation actuelle</translation>
    </message>
    <message>
      <source>All options on one drawing</source>
      <translation>Toutes les variantes sur un même dessin</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Parcourir…</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exporter</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>Exportation…</translation>
    </message>
    <message>
      <source>Exported %1</source>
      <translation>%1 exporté</translation>
    </message>
    <message>
      <source>Not exported: %1</source>
      <translation>Non exporté : %1</translation>
    </message>
    <message>
      <source>Exported %1 (it was finished before Cancel)</source>
      <translation>%1 exporté (l’export était terminé avant l’annulation)</translation>
    </message>
    <message>
      <source>Export cancelled: %1 was not written</source>
      <translation>Export annulé : %1 n’a pas été écrit</translation>
    </message>
  </context>
  <context>
    <name>GuidedTour</name>
    <message>
      <source>Back</source>
      <translation>Retour</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Suivant</translation>
    </message>
    <message>
      <source>Skip the tour</source>
      <translation>Passer la visite</translation>
    </message>
    <message>
      <source>Open the sample</source>
      <translation>Ouvrir l’exemple</translation>
    </message>
    <message>
      <source>Start with the sample settlement: it opens as a copy, so you can try everything. Later, start from your own settlement's survey, GIS or DXF data here.</source>
      <translation>Commencez par le quartier d’exemple : il s’ouvre en copie, vous pouvez donc tout essayer. Ensuite, partez ici des données de votre quartier (relevé, SIG ou DXF).</translation>
    </message>
    <message>
      <source>The tools</source>
      <translation>Les outils</translation>
    </message>
    <message>
      <source>Select, draw plots, houses and paths, lay water pipes, add taps, toilets and lights. Each tool has a key; hover over a tool to see it.</source>
      <translation>Sélectionner, dessiner parcelles, maisons et chemins, poser des conduites d’eau, ajouter bornes-fontaines, toilettes et lampadaires. Chaque outil a une touche ; survolez un outil pour la voir.</translation>
    </message>
    <message>
      <source>Draw a tap</source>
      <translation>Dessiner une borne-fontaine</translation>
    </message>
    <message>
      <source>Choose an option in the Options panel, pick the tap, and click where it goes on the plan. Or type its position, such as 12.5, 30, and press Enter.</source>
      <translation>Choisissez une option dans le panneau Variantes, prenez la borne-fontaine et cliquez à son emplacement sur le plan. Ou saisissez sa position, par exemple 12.5, 30, puis Entrée.</translation>
    </message>
    <message>
      <source>What it costs</source>
      <translation>Ce que ça coûte</translation>
    </message>
    <message>
      <source>The Costs panel follows your drawing: the total, what each household pays and about how much a month.</source>
      <translation>Le panneau Coûts suit votre dessin : le total, ce que paie chaque ménage et environ combien par mois.</translation>
    </message>
    <message>
      <source>Compare the options</source>
      <translation>Comparer les variantes</translation>
    </message>
    <message>
      <source>Every option side by side: cost per household, and who gets water and a toilet within reach.</source>
      <translation>Toutes les variantes côte à côte : le coût par ménage, et qui a l’eau et des toilettes à portée.</translation>
    </message>
    <message>
      <source>Workshop mode</source>
      <translation>Mode atelier</translation>
    </message>
    <message>
      <source>For the meeting with residents (F9): big pictures and plain words on the projector, the options as cards, and the vote.</source>
      <translation>Pour la réunion avec les habitants (F9) : grandes images et mots simples au projecteur, les variantes en cartes, et le vote.</translation>
    </message>
    <message>
      <source>Help is here</source>
      <translation>L’aide est ici</translation>
    </message>
    <message>
      <source>Read the user guide (F1) or take this tour again from the Help menu.</source>
      <translation>Lisez le guide de l’utilisateur (F1) ou refaites cette visite depuis le menu Aide.</translation>
    </message>
    <message>
      <source>Step %1 of %2</source>
      <translation>Étape %1 sur %2</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>Terminer</translation>
    </message>
  </context>
  <context>
    <name>HistoryDock</name>
    <message>
      <source>History</source>
      <translation>Historique</translation>
    </message>
    <message>
      <source>&lt;opened&gt;</source>
      <translation>&lt;ouvert&gt;</translation>
    </message>
  </context>
  <context>
    <name>HoursEditor</name>
    <message>
      <source>Supply hours are needed: type 00:00-24:00 for a supply that never stops</source>
      <translation>Les heures de distribution sont nécessaires : tapez 00:00-24:00 pour une distribution continue</translation>
    </message>
    <message>
      <source>No hours given</source>
      <translation>Aucun horaire indiqué</translation>
    </message>
    <message>
      <source>“%1” is not within the day (00:00 to 24:00)</source>
      <translation>« %1 » n’est pas dans la journée (00:00 à 24:00)</translation>
    </message>
    <message>
      <source>“%1” is not a time window such as 06:00-10:00</source>
      <translation>« %1 » n’est pas une plage horaire comme 06:00-10:00</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>inconnu</translation>
    </message>
    <message>
      <source>Type the hours as 06:00-10:00, 16:00-20:00</source>
      <translation>Tapez les heures ainsi : 06:00-10:00, 16:00-20:00</translation>
    </message>
    <message>
      <source>24 h</source>
      <translation>24 h</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Inconnu</translation>
    </message>
    <message>
      <source>hours unknown</source>
      <translation>horaires inconnus</translation>
    </message>
    <message>
      <source>%1 h a day</source>
      <translation>%1 h par jour</translation>
    </message>
  </context>
  <context>
    <name>HouseEditing</name>
    <message>
      <source>A house type needs at least one room.</source>
      <translation>Un type de maison a besoin d’au moins une pièce.</translation>
    </message>
    <message>
      <source>Click on a wall to put a door or window in it.</source>
      <translation>Cliquez sur un mur pour y placer une porte ou une fenêtre.</translation>
    </message>
  </context>
  <context>
    <name>HouseEditorDialog</name>
    <message>
      <source>House type: %1</source>
      <translation>Type de maison : %1</translation>
    </message>
    <message>
      <source>Room %1</source>
      <translation>Pièce %1</translation>
    </message>
    <message>
      <source>Stage %1</source>
      <translation>Étape %1</translation>
    </message>
    <message>
      <source>Select</source>
      <translation>Choisir</translation>
    </message>
    <message>
      <source>Room</source>
      <translation>Pièce</translation>
    </message>
    <message>
      <source>Door</source>
      <translation>Porte</translation>
    </message>
    <message>
      <source>Window</source>
      <translation>Fenêtre</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>House type</source>
      <translation>Type de maison</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Grid</source>
      <translation>Grille</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <source>Stages</source>
      <translation>Étapes</translation>
    </message>
    <message>
      <source>Show and draw stage</source>
      <translation>Afficher et dessiner l’étape</translation>
    </message>
    <message>
      <source>Stage name</source>
      <translation>Nom de l’étape</translation>
    </message>
    <message>
      <source>Built by</source>
      <translation>Construit par</translation>
    </message>
    <message>
      <source>Add a stage</source>
      <translation>Ajouter une étape</translation>
    </message>
    <message>
      <source>Selected room or opening</source>
      <translation>Pièce ou ouverture sélectionnée</translation>
    </message>
    <message>
      <source>Room name</source>
      <translation>Nom de la pièce</translation>
    </message>
    <message>
      <source>Use</source>
      <translation>Usage</translation>
    </message>
    <message>
      <source>Built in stage</source>
      <translation>Construit à l’étape</translation>
    </message>
    <message>
      <source>Opening width</source>
      <translation>Largeur de l’ouverture</translation>
    </message>
    <message>
      <source>Opening height</source>
      <translation>Hauteur de l’ouverture</translation>
    </message>
    <message>
      <source>Live check</source>
      <translation>Vérification en direct</translation>
    </message>
    <message>
      <source>Persons</source>
      <translation>Personnes</translation>
    </message>
    <message>
      <source>Save as TOML…</source>
      <translation>Enregistrer en TOML…</translation>
    </message>
    <message>
      <source>no plot</source>
      <translation>pas de parcelle</translation>
    </message>
    <message>
      <source>Up to stage %1: %2 m² floor, %3 m² per person, plot coverage %4</source>
      <translation>Jusqu’à l’étape %1 : %2 m² de plancher, %3 m² par personne, emprise sur la parcelle %4</translation>
    </message>
    <message>
      <source>Saved %1</source>
      <translation>%1 enregistré</translation>
    </message>
    <message>
      <source>Save house type</source>
      <translation>Enregistrer le type de maison</translation>
    </message>
  </context>
  <context>
    <name>HouseTypesDialog</name>
    <message>
      <source>House types</source>
      <translation>Types de maison</translation>
    </message>
    <message>
      <source>The project's house types first, then the library's.</source>
      <translation>D’abord les types de maison du projet, puis ceux de la bibliothèque.</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <source>in this project</source>
      <translation>dans ce projet</translation>
    </message>
    <message>
      <source>your library</source>
      <translation>votre bibliothèque</translation>
    </message>
    <message>
      <source>shipped with Jamii</source>
      <translation>fourni avec Jamii</translation>
    </message>
  </context>
  <context>
    <name>HouseholdImportDialog</name>
    <message>
      <source>Import households</source>
      <translation>Importer des ménages</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Choisir un fichier…</translation>
    </message>
    <message>
      <source>XLSForm (optional)</source>
      <translation>XLSForm (facultatif)</translation>
    </message>
    <message>
      <source>Choose form…</source>
      <translation>Choisir le formulaire…</translation>
    </message>
    <message>
      <source>Names, phone numbers and free text are personal already; never exported</source>
      <translation>Les noms, numéros de téléphone et textes libres sont déjà personnels ; jamais exportés</translation>
    </message>
    <message>
      <source>Household field</source>
      <translation>Champ du ménage</translation>
    </message>
    <message>
      <source>Column in the file</source>
      <translation>Colonne du fichier</translation>
    </message>
    <message>
      <source>Report GPS points less precise than</source>
      <translation>Signaler les points GPS moins précis que</translation>
    </message>
    <message>
      <source>Also personal (questions, comma-separated)</source>
      <translation>Aussi personnels (questions, séparées par des virgules)</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importer</translation>
    </message>
    <message>
      <source>Survey export</source>
      <translation>Export d’enquête</translation>
    </message>
    <message>
      <source>Survey exports (*.csv *.xlsx *.zip);;All files (*)</source>
      <translation>Exports d’enquête (*.csv *.xlsx *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>XLSForm</source>
      <translation>XLSForm</translation>
    </message>
    <message>
      <source>XLSForms (*.xlsx *.xls);;All files (*)</source>
      <translation>XLSForms (*.xlsx *.xls);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>— not imported —</source>
      <translation>— non importé —</translation>
    </message>
    <message>
      <source>plain table</source>
      <translation>tableau simple</translation>
    </message>
    <message>
      <source>{kind} export, {rows} rows</source>
      <translation>export {kind}, {rows} lignes</translation>
    </message>
    <message>
      <source>; repeats: {names}</source>
      <translation>; répétés : {names}</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Ligne</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
  </context>
  <context>
    <name>Households</name>
    <message>
      <source>Household</source>
      <translation>Ménage</translation>
    </message>
    <message>
      <source>Plot</source>
      <translation>Parcelle</translation>
    </message>
    <message>
      <source>Persons</source>
      <translation>Personnes</translation>
    </message>
    <message>
      <source>Children</source>
      <translation>Enfants</translation>
    </message>
    <message>
      <source>Head</source>
      <translation>Chef de ménage</translation>
    </message>
    <message>
      <source>Tenure</source>
      <translation>Statut foncier</translation>
    </message>
    <message>
      <source>Savings group</source>
      <translation>Groupe d’épargne</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>Solde</translation>
    </message>
    <message>
      <source>Saves / month</source>
      <translation>Épargne / mois</translation>
    </message>
    <message>
      <source>Survey answers</source>
      <translation>Réponses à l’enquête</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>Households</source>
      <translation>Ménages</translation>
    </message>
  </context>
  <context>
    <name>HouseholdsHost</name>
    <message>
      <source>Households</source>
      <translation>Ménages</translation>
    </message>
  </context>
  <context>
    <name>HouseholdsPanel</name>
    <message>
      <source>Filter: plot, household, group… or question=answer</source>
      <translation>Filtrer : parcelle, ménage, groupe… ou question=réponse</translation>
    </message>
    <message>
      <source>Without plot</source>
      <translation>Sans parcelle</translation>
    </message>
    <message>
      <source>Show names</source>
      <translation>Afficher les noms</translation>
    </message>
    <message>
      <source>Names and phone numbers stay in the project file; hide them on a projector</source>
      <translation>Les noms et numéros de téléphone restent dans le fichier du projet ; cachez-les au projecteur</translation>
    </message>
    <message>
      <source>Place on a plot</source>
      <translation>Placer sur une parcelle</translation>
    </message>
    <message>
      <source>Select a household, press this, then click its plot on the plan</source>
      <translation>Sélectionnez un ménage, appuyez ici, puis cliquez sur sa parcelle sur le plan</translation>
    </message>
    <message>
      <source>{shown} of {total} households · {persons} persons</source>
      <translation>{shown} sur {total} ménages · {persons} personnes</translation>
    </message>
    <message>
      <source>{n} not placed on a plot</source>
      <translation>{n} sans parcelle</translation>
    </message>
  </context>
  <context>
    <name>ImageryDialog</name>
    <message>
      <source>Imagery layers</source>
      <translation>Couches d’imagerie</translation>
    </message>
    <message>
      <source>YYYY-MM-DD, empty when not known</source>
      <translation>AAAA-MM-JJ, vide si inconnue</translation>
    </message>
    <message>
      <source>Shown</source>
      <translation>Affichée</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Date taken</source>
      <translation>Date de prise de vue</translation>
    </message>
    <message>
      <source>Opacity</source>
      <translation>Opacité</translation>
    </message>
    <message>
      <source>Brightness</source>
      <translation>Luminosité</translation>
    </message>
    <message>
      <source>Contrast</source>
      <translation>Contraste</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Monter</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Descendre</translation>
    </message>
    <message>
      <source>Re-link…</source>
      <translation>Relier à nouveau…</translation>
    </message>
    <message>
      <source>Build overviews…</source>
      <translation>Construire les aperçus…</translation>
    </message>
    <message>
      <source> (file missing)</source>
      <translation> (fichier introuvable)</translation>
    </message>
    <message>
      <source> (file changed)</source>
      <translation> (fichier modifié)</translation>
    </message>
    <message>
      <source>No imagery layers: add one with File ▸ Import ▸ Background image.</source>
      <translation>Aucune couche d’imagerie : ajoutez-en une avec Fichier ▸ Importer ▸ Image de fond.</translation>
    </message>
    <message>
      <source>Re-link</source>
      <translation>Relier à nouveau</translation>
    </message>
  </context>
  <context>
    <name>ItemMappingDialog</name>
    <message>
      <source>Map cost-library items</source>
      <translation>Correspondance des postes de la base de prix</translation>
    </message>
    <message>
      <source>For each Jamii item, the item of cost library {name} that prices it. Where the units differ, give the conversion factor (library units per Jamii unit): the bill prints it. An item left empty stays unpriced if the library lacks it.</source>
      <translation>Pour chaque poste Jamii, le poste de la base de prix {name} qui le chiffre. Si les unités diffèrent, donnez le facteur de conversion (unités de la base par unité Jamii) : le devis l'imprime. Un poste laissé vide reste non chiffré si la base ne l'a pas.</translation>
    </message>
    <message>
      <source>Show items containing…</source>
      <translation>Afficher les postes contenant…</translation>
    </message>
    <message>
      <source>Jamii item</source>
      <translation>Poste Jamii</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unité</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Library item</source>
      <translation>Poste de la base</translation>
    </message>
    <message>
      <source>Library unit</source>
      <translation>Unité de la base</translation>
    </message>
    <message>
      <source>Factor</source>
      <translation>Facteur</translation>
    </message>
    <message>
      <source>Unit check</source>
      <translation>Contrôle des unités</translation>
    </message>
    <message>
      <source>also write a mapping file (.toml), optional</source>
      <translation>écrire aussi un fichier de correspondance (.toml), facultatif</translation>
    </message>
    <message>
      <source>Mapping file…</source>
      <translation>Fichier de correspondance…</translation>
    </message>
    <message>
      <source>the factor is not a number greater than 0</source>
      <translation>le facteur n'est pas un nombre supérieur à 0</translation>
    </message>
    <message>
      <source>priced by the library's own item {code}</source>
      <translation>chiffré par le poste {code} de la base elle-même</translation>
    </message>
    <message>
      <source>not mapped: the line stays unpriced</source>
      <translation>sans correspondance : la ligne reste non chiffrée</translation>
    </message>
    <message>
      <source>no item {code} in this library</source>
      <translation>pas de poste {code} dans cette base</translation>
    </message>
    <message>
      <source>same unit</source>
      <translation>même unité</translation>
    </message>
    <message>
      <source>a quantity in {unit} cannot take a rate per {target}: give a factor ({target} per {unit})</source>
      <translation>une quantité en {unit} ne peut pas prendre un prix par {target} : donnez un facteur ({target} par {unit})</translation>
    </message>
    <message>
      <source>1 {unit} = {factor} {target} (shown on the bill)</source>
      <translation>1 {unit} = {factor} {target} (indiqué sur le devis)</translation>
    </message>
    <message>
      <source>{n} item(s) fail the unit check: Save stays off until they are fixed.</source>
      <translation>{n} poste(s) échouent au contrôle des unités : Enregistrer reste désactivé jusqu'à leur correction.</translation>
    </message>
    <message>
      <source>Mapping file</source>
      <translation>Fichier de correspondance</translation>
    </message>
    <message>
      <source>Mapping file (*.toml)</source>
      <translation>Fichier de correspondance (*.toml)</translation>
    </message>
  </context>
  <context>
    <name>LayersDock</name>
    <message>
      <source>Layers</source>
      <translation>Calques</translation>
    </message>
    <message>
      <source>Layer</source>
      <translation>Calque</translation>
    </message>
    <message>
      <source>Locked</source>
      <translation>Verrouillé</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Compare</source>
      <translation>Comparer</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>&amp;Nouveau</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <source>Save &amp;As…</source>
      <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <source>Select &amp;All</source>
      <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
      <source>&amp;Preferences…</source>
      <translation>&amp;Préférences…</translation>
    </message>
    <message>
      <source>Zoom &amp;In</source>
      <translation>&amp;Zoom avant</translation>
    </message>
    <message>
      <source>Zoom &amp;Out</source>
      <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
      <source>&amp;Whole Plan</source>
      <translation>&amp;Plan entier</translation>
    </message>
    <message>
      <source>&amp;Workshop Mode</source>
      <translation>Mode &amp;atelier</translation>
    </message>
    <message>
      <source>&amp;Full Screen</source>
      <translation>&amp;Plein écran</translation>
    </message>
    <message>
      <source>Workshop</source>
      <translation>Atelier</translation>
    </message>
    <message>
      <source>Switch workshop mode on or off (F9)</source>
      <translation>Activer ou désactiver le mode atelier (F9)</translation>
    </message>
    <message>
      <source>Whole plan</source>
      <translation>Plan entier</translation>
    </message>
    <message>
      <source>&amp;About Jamii</source>
      <translation>À &amp;propos de Jamii</translation>
    </message>
    <message>
      <source>House &amp;types…</source>
      <translation>&amp;Types de maison…</translation>
    </message>
    <message>
      <source>Add an &amp;item by hand…</source>
      <translation>Ajouter un &amp;article à la main…</translation>
    </message>
    <message>
      <source>Add a priced item that is not drawn (a quote, a notice board) to the shown option's bill</source>
      <translation>Ajouter au bordereau de la variante affichée un article chiffré qui n’est pas dessiné (un devis, un panneau d’affichage)</translation>
    </message>
    <message>
      <source>Costing &amp;assumptions…</source>
      <translation>&amp;Hypothèses de coût…</translation>
    </message>
    <message>
      <source>&amp;Map cost-library items…</source>
      <translation>&amp;Correspondance des postes de la base de prix…</translation>
    </message>
    <message>
      <source>Choose which item of the project's cost library prices each Jamii item, with the unit check</source>
      <translation>Choisir quel poste de la base de prix du projet chiffre chaque poste Jamii, avec le contrôle des unités</translation>
    </message>
    <message>
      <source>House types</source>
      <translation>Types de maison</translation>
    </message>
    <message>
      <source>Draw and edit the project's house types, room by room</source>
      <translation>Dessiner et modifier les types de maison du projet, pièce par pièce</translation>
    </message>
    <message>
      <source>Select and move</source>
      <translation>Sélectionner et déplacer</translation>
    </message>
    <message>
      <source>Rotate</source>
      <translation>Tourner</translation>
    </message>
    <message>
      <source>Edit corners</source>
      <translation>Modifier les sommets</translation>
    </message>
    <message>
      <source>Draw plot</source>
      <translation>Dessiner une parcelle</translation>
    </message>
    <message>
      <source>Draw building (rectangle)</source>
      <translation>Dessiner un bâtiment (rectangle)</translation>
    </message>
    <message>
      <source>Draw building (outline)</source>
      <translation>Dessiner un bâtiment (contour)</translation>
    </message>
    <message>
      <source>Draw hazard area</source>
      <translation>Dessiner une zone à risque</translation>
    </message>
    <message>
      <source>Draw path or road</source>
      <translation>Dessiner un chemin ou une route</translation>
    </message>
    <message>
      <source>Draw water main</source>
      <translation>Dessiner une conduite d’eau</translation>
    </message>
    <message>
      <source>Draw sewer</source>
      <translation>Dessiner un égout</translation>
    </message>
    <message>
      <source>Draw drain</source>
      <translation>Dessiner un caniveau</translation>
    </message>
    <message>
      <source>Add standpipe</source>
      <translation>Ajouter une borne-fontaine</translation>
    </message>
    <message>
      <source>Add water kiosk</source>
      <translation>Ajouter un kiosque à eau</translation>
    </message>
    <message>
      <source>Add toilet</source>
      <translation>Ajouter des toilettes</translation>
    </message>
    <message>
      <source>Add manhole</source>
      <translation>Ajouter un regard</translation>
    </message>
    <message>
      <source>Add street light</source>
      <translation>Ajouter un lampadaire</translation>
    </message>
    <message>
      <source>Measure</source>
      <translation>Mesurer</translation>
    </message>
    <message>
      <source>Split plot</source>
      <translation>Diviser une parcelle</translation>
    </message>
    <message>
      <source>Eraser: remove what this option added</source>
      <translation>Gomme : retirer ce que cette variante a ajouté</translation>
    </message>
    <message>
      <source>Mark for demolition</source>
      <translation>Marquer à démolir</translation>
    </message>
    <message>
      <source>Mark for relocation</source>
      <translation>Marquer à déplacer</translation>
    </message>
    <message>
      <source>Select</source>
      <translation>Choisir</translation>
    </message>
    <message>
      <source>Turn</source>
      <translation>Tourner</translation>
    </message>
    <message>
      <source>Corners</source>
      <translation>Sommets</translation>
    </message>
    <message>
      <source>Plot</source>
      <translation>Parcelle</translation>
    </message>
    <message>
      <source>House</source>
      <translation>Maison</translation>
    </message>
    <message>
      <source>House shape</source>
      <translation>Forme de maison</translation>
    </message>
    <message>
      <source>Danger</source>
      <translation>Danger</translation>
    </message>
    <message>
      <source>Path</source>
      <translation>Chemin</translation>
    </message>
    <message>
      <source>Water pipe</source>
      <translation>Tuyau d’eau</translation>
    </message>
    <message>
      <source>Sewer</source>
      <translation>Égout</translation>
    </message>
    <message>
      <source>Drain</source>
      <translation>Caniveau</translation>
    </message>
    <message>
      <source>Tap</source>
      <translation>Robinet</translation>
    </message>
    <message>
      <source>Kiosk</source>
      <translation>Kiosque</translation>
    </message>
    <message>
      <source>Toilet</source>
      <translation>Toilettes</translation>
    </message>
    <message>
      <source>Manhole</source>
      <translation>Regard</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Lumière</translation>
    </message>
    <message>
      <source>Split</source>
      <translation>Diviser</translation>
    </message>
    <message>
      <source>Eraser</source>
      <translation>Gomme</translation>
    </message>
    <message>
      <source>Take down house</source>
      <translation>Démolir la maison</translation>
    </message>
    <message>
      <source>Move house</source>
      <translation>Déménager</translation>
    </message>
    <message>
      <source>Click to select, shift-click to add, drag to move, drag on empty ground to select an area.</source>
      <translation>Cliquez pour sélectionner, Maj-clic pour ajouter, glissez pour déplacer, glissez dans le vide pour sélectionner une zone.</translation>
    </message>
    <message>
      <source>Drag to rotate the selection; hold shift for 15° steps; or type an angle and press Enter.</source>
      <translation>Glissez pour tourner la sélection ; Maj pour des pas de 15° ; ou tapez un angle puis Entrée.</translation>
    </message>
    <message>
      <source>Drag a corner; double-click an edge to add one; ctrl-click a corner to remove it.</source>
      <translation>Glissez un sommet ; double-cliquez un côté pour en ajouter un ; Ctrl-clic sur un sommet pour l’enlever.</translation>
    </message>
    <message>
      <source>Click the corners; click the first corner or press Enter to finish. Type a length + Enter.</source>
      <translation>Cliquez les sommets ; cliquez le premier sommet ou Entrée pour finir. Tapez une longueur + Entrée.</translation>
    </message>
    <message>
      <source>Click two corners, then the depth. Type 6x8 + Enter for a 6 m × 8 m building.</source>
      <translation>Cliquez deux coins, puis la profondeur. Tapez 6x8 + Entrée pour un bâtiment de 6 m × 8 m.</translation>
    </message>
    <message>
      <source>Click along the centre line; double-click or Enter to finish. Width is set in the tool bar.</source>
      <translation>Cliquez le long de l’axe ; double-clic ou Entrée pour finir. La largeur se règle dans la barre d’outils.</translation>
    </message>
    <message>
      <source>Click along the pipe; it joins the network at nodes. Double-click or Enter to finish.</source>
      <translation>Cliquez le long du tuyau ; il se raccorde au réseau aux nœuds. Double-clic ou Entrée pour finir.</translation>
    </message>
    <message>
      <source>Click where the standpipe goes.</source>
      <translation>Cliquez là où va la borne-fontaine.</translation>
    </message>
    <message>
      <source>Click points to measure length; three or more points also give the area.</source>
      <translation>Cliquez des points pour mesurer la longueur ; trois points ou plus donnent aussi la surface.</translation>
    </message>
    <message>
      <source>Click two points across a plot to cut it in two.</source>
      <translation>Cliquez deux points de part et d’autre d’une parcelle pour la couper en deux.</translation>
    </message>
    <message>
      <source>Click a tap, toilet, path or house this option added to take it away again; today's settlement is never erased.</source>
      <translation>Cliquez un robinet, des toilettes, un chemin ou une maison que cette variante a ajouté pour le retirer ; le quartier actuel n’est jamais effacé.</translation>
    </message>
    <message>
      <source>Click a building to mark it for demolition in this option; click again to unmark.</source>
      <translation>Cliquez un bâtiment pour le marquer à démolir dans cette variante ; recliquez pour annuler.</translation>
    </message>
    <message>
      <source>Click a building, then the plot its household moves to; Enter leaves the plot open.</source>
      <translation>Cliquez un bâtiment, puis la parcelle où son ménage déménage ; Entrée laisse la parcelle à choisir.</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Importer</translation>
    </message>
    <message>
      <source>DXF drawing…</source>
      <translation>Dessin DXF…</translation>
    </message>
    <message>
      <source>GIS file…</source>
      <translation>Fichier SIG…</translation>
    </message>
    <message>
      <source>Background image…</source>
      <translation>Image de fond…</translation>
    </message>
    <message>
      <source>Imagery layers…</source>
      <translation>Couches d’imagerie…</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;Exporter</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>É&amp;dition</translation>
    </message>
    <message>
      <source>&amp;Tools</source>
      <translation>&amp;Outils</translation>
    </message>
    <message>
      <source>Type &amp;coordinates</source>
      <translation>Saisir des &amp;coordonnées</translation>
    </message>
    <message>
      <source>&amp;Design</source>
      <translation>&amp;Conception</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <source>Snap to corners</source>
      <translation>Aimanter sur les sommets</translation>
    </message>
    <message>
      <source>Snap to edges</source>
      <translation>Aimanter sur les côtés</translation>
    </message>
    <message>
      <source>Snap to right angles</source>
      <translation>Aimanter à angle droit</translation>
    </message>
    <message>
      <source>&amp;Panels</source>
      <translation>&amp;Panneaux</translation>
    </message>
    <message>
      <source>Fit the panels to the window</source>
      <translation>Ajuster les panneaux à la fenêtre</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <source>&amp;User guide</source>
      <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
      <source>Guided &amp;tour</source>
      <translation>&amp;Visite guidée</translation>
    </message>
    <message>
      <source>&amp;Welcome page</source>
      <translation>Page d’&amp;accueil</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <source>Tools</source>
      <translation>Outils</translation>
    </message>
    <message>
      <source>Path width</source>
      <translation>Largeur du chemin</translation>
    </message>
    <message>
      <source>View</source>
      <translation>Affichage</translation>
    </message>
    <message>
      <source>Workshop controls</source>
      <translation>Commandes de l’atelier</translation>
    </message>
    <message>
      <source>Find plots without access</source>
      <translation>Trouver les parcelles sans accès</translation>
    </message>
    <message>
      <source>Propose access paths</source>
      <translation>Proposer des chemins d’accès</translation>
    </message>
    <message>
      <source>local metres, no coordinate system</source>
      <translation>mètres locaux, sans système de coordonnées</translation>
    </message>
    <message>
      <source>The drawing is not placed on the Earth: import a survey or set the CRS in Properties.</source>
      <translation>Le dessin n’est pas placé sur la Terre : importez un relevé ou indiquez le SCR dans Propriétés.</translation>
    </message>
    <message>
      <source>Currency: %1</source>
      <translation>Monnaie : %1</translation>
    </message>
    <message>
      <source>(chosen from the country the data lies in)</source>
      <translation>(choisie d’après le pays où se trouvent les données)</translation>
    </message>
    <message>
      <source>(chosen by you)</source>
      <translation>(choisie par vous)</translation>
    </message>
    <message>
      <source>not saved</source>
      <translation>non enregistré</translation>
    </message>
    <message>
      <source>(read-only)</source>
      <translation>(lecture seule)</translation>
    </message>
    <message>
      <source>Existing conditions</source>
      <translation>Situation actuelle</translation>
    </message>
    <message>
      <source>x %1 m, y %2 m</source>
      <translation>x %1 m, y %2 m</translation>
    </message>
    <message>
      <source>length %1 m</source>
      <translation>longueur %1 m</translation>
    </message>
    <message>
      <source>area %1 m²</source>
      <translation>surface %1 m²</translation>
    </message>
    <message>
      <source>angle %1°</source>
      <translation>angle %1°</translation>
    </message>
    <message>
      <source>typed: %1</source>
      <translation>saisi : %1</translation>
    </message>
    <message>
      <source>Please confirm</source>
      <translation>Veuillez confirmer</translation>
    </message>
    <message>
      <source>Not done: %1</source>
      <translation>Non fait : %1</translation>
    </message>
    <message>
      <source>New settlement</source>
      <translation>Nouveau quartier</translation>
    </message>
    <message>
      <source>Open project</source>
      <translation>Ouvrir un projet</translation>
    </message>
    <message>
      <source>Jamii projects (*.jamii)</source>
      <translation>Projets Jamii (*.jamii)</translation>
    </message>
    <message>
      <source>Cannot open</source>
      <translation>Impossible d’ouvrir</translation>
    </message>
    <message>
      <source>Opened read-only</source>
      <translation>Ouvert en lecture seule</translation>
    </message>
    <message>
      <source>%1. The project is opened read-only: Save will ask for a new file name.</source>
      <translation>%1. Le projet est ouvert en lecture seule : Enregistrer demandera un nouveau nom de fichier.</translation>
    </message>
    <message>
      <source>This is a copy of %1 shipped with Jamii: Save asks where to keep your work.</source>
      <translation>Ceci est une copie de %1 fourni avec Jamii : Enregistrer demande où garder votre travail.</translation>
    </message>
    <message>
      <source>Save project</source>
      <translation>Enregistrer le projet</translation>
    </message>
    <message>
      <source>Cannot save</source>
      <translation>Impossible d’enregistrer</translation>
    </message>
    <message>
      <source>Saved %1</source>
      <translation>%1 enregistré</translation>
    </message>
    <message>
      <source>Changed on disk</source>
      <translation>Modifié sur le disque</translation>
    </message>
    <message>
      <source>%1 was changed by another program since you opened it. Saving now would lose that change.</source>
      <translation>%1 a été modifié par un autre programme depuis son ouverture. Enregistrer maintenant ferait perdre cette modification.</translation>
    </message>
    <message>
      <source>Reload from disk</source>
      <translation>Recharger depuis le disque</translation>
    </message>
    <message>
      <source>Save as…</source>
      <translation>Enregistrer sous…</translation>
    </message>
    <message>
      <source>Only in the file on disk: %1</source>
      <translation>Seulement dans le fichier sur le disque : %1</translation>
    </message>
    <message>
      <source>Only in this window: %1</source>
      <translation>Seulement dans cette fenêtre : %1</translation>
    </message>
    <message>
      <source>Different in both: %1</source>
      <translation>Différent dans les deux : %1</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Modifications non enregistrées</translation>
    </message>
    <message>
      <source>Save the changes to %1?</source>
      <translation>Enregistrer les modifications de %1 ?</translation>
    </message>
    <message>
      <source>Recover unsaved work?</source>
      <translation>Récupérer le travail non enregistré ?</translation>
    </message>
    <message>
      <source>Jamii did not close properly last time. Open the automatic copy of your unsaved work?</source>
      <translation>Jamii ne s’est pas fermé correctement la dernière fois. Ouvrir la copie automatique de votre travail non enregistré ?</translation>
    </message>
    <message>
      <source>Cannot recover</source>
      <translation>Récupération impossible</translation>
    </message>
    <message>
      <source>Choose an option first: items by hand go on an option's bill.</source>
      <translation>Choisissez d’abord une variante : les articles ajoutés à la main vont sur le bordereau d’une variante.</translation>
    </message>
    <message>
      <source>Add an item by hand</source>
      <translation>Ajouter un article à la main</translation>
    </message>
    <message>
      <source>Costing assumptions</source>
      <translation>Hypothèses de coût</translation>
    </message>
  </context>
  <context>
    <name>ManualItemDialog</name>
    <message>
      <source>Add an item by hand</source>
      <translation>Ajouter un article à la main</translation>
    </message>
    <message>
      <source>in the bill's currency</source>
      <translation>dans la monnaie du bordereau</translation>
    </message>
    <message>
      <source>or a cost-library item code</source>
      <translation>ou un code d’article de la base de prix</translation>
    </message>
    <message>
      <source>where the quantity or rate comes from</source>
      <translation>d’où viennent la quantité ou le prix</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unité</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Quantité</translation>
    </message>
    <message>
      <source>Rate</source>
      <translation>Prix unitaire</translation>
    </message>
    <message>
      <source>Library code</source>
      <translation>Code de la base de prix</translation>
    </message>
    <message>
      <source>Bill</source>
      <translation>Bordereau</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>{label}: {text!r} is not a number</source>
      <translation>{label} : {text!r} n’est pas un nombre</translation>
    </message>
  </context>
  <context>
    <name>OptionsDock</name>
    <message>
      <source>Options</source>
      <translation>Variantes</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Nouvelle</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Dupliquer</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>Renommer…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Highlight what this option changes</source>
      <translation>Mettre en évidence ce que change cette variante</translation>
    </message>
    <message>
      <source>Existing conditions</source>
      <translation>Situation actuelle</translation>
    </message>
    <message>
      <source>%1 (%2 changes)</source>
      <translation>%1 (%2 changements)</translation>
    </message>
    <message>
      <source>Option %1</source>
      <translation>Variante %1</translation>
    </message>
    <message>
      <source>%1 (copy)</source>
      <translation>%1 (copie)</translation>
    </message>
    <message>
      <source>Rename option</source>
      <translation>Renommer la variante</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Delete option</source>
      <translation>Supprimer la variante</translation>
    </message>
    <message>
      <source>Delete the option “%1” and everything it proposes?</source>
      <translation>Supprimer la variante « %1 » et tout ce qu’elle propose ?</translation>
    </message>
  </context>
  <context>
    <name>People</name>
    <message>
      <source>&amp;People</source>
      <translation>&amp;Habitants</translation>
    </message>
    <message>
      <source>Import households…</source>
      <translation>Importer des ménages…</translation>
    </message>
    <message>
      <source>Record a workshop…</source>
      <translation>Enregistrer un atelier…</translation>
    </message>
    <message>
      <source>Delete the latest workshop record…</source>
      <translation>Supprimer le dernier compte rendu d’atelier…</translation>
    </message>
    <message>
      <source>Open phone voting…</source>
      <translation>Ouvrir le vote par téléphone…</translation>
    </message>
    <message>
      <source>Vote</source>
      <translation>Voter</translation>
    </message>
    <message>
      <source>Delete the workshop record of %1 with its %2 ballots? This cannot be undone.</source>
      <translation>Supprimer le compte rendu d’atelier du %1 et ses %2 bulletins ? Cette action est définitive.</translation>
    </message>
    <message>
      <source>Delete workshop record</source>
      <translation>Supprimer le compte rendu d’atelier</translation>
    </message>
  </context>
  <context>
    <name>PhoneVotingDialog</name>
    <message>
      <source>Phone voting</source>
      <translation>Vote par téléphone</translation>
    </message>
    <message>
      <source>Record a workshop first.</source>
      <translation>Enregistrez d’abord un atelier.</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Démarrer</translation>
    </message>
    <message>
      <source>Close the vote</source>
      <translation>Clore le vote</translation>
    </message>
    <message>
      <source>Workshop</source>
      <translation>Atelier</translation>
    </message>
    <message>
      <source>Hall network address</source>
      <translation>Adresse réseau de la salle</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <source>Make and print codes…</source>
      <translation>Créer et imprimer les codes…</translation>
    </message>
    <message>
      <source>Codes</source>
      <translation>Codes</translation>
    </message>
    <message>
      <source>Print codes</source>
      <translation>Imprimer les codes</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>%1 codes printed to %2</source>
      <translation>%1 codes imprimés dans %2</translation>
    </message>
    <message>
      <source>Phones open %1 — projector: %2</source>
      <translation>Les téléphones ouvrent %1 — projecteur : %2</translation>
    </message>
    <message>
      <source>Stop listening</source>
      <translation>Arrêter l’écoute</translation>
    </message>
    <message>
      <source>The vote is closed.</source>
      <translation>Le vote est clos.</translation>
    </message>
    <message>
      <source>%1 of %2 codes have voted</source>
      <translation>%1 codes sur %2 ont voté</translation>
    </message>
    <message>
      <source>Phone ballots</source>
      <translation>Bulletins par téléphone</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <source>Preferences</source>
      <translation>Préférences</translation>
    </message>
    <message>
      <source>System language</source>
      <translation>Langue du système</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>A new language is used from the next start.</source>
      <translation>La nouvelle langue s’applique au prochain démarrage.</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>Save a safety copy every</source>
      <translation>Enregistrer une copie de secours toutes les</translation>
    </message>
    <message>
      <source>off</source>
      <translation>désactivé</translation>
    </message>
    <message>
      <source>Snap to a grid of</source>
      <translation>Aimanter sur une grille de</translation>
    </message>
  </context>
  <context>
    <name>PropertiesDock</name>
    <message>
      <source>Properties</source>
      <translation>Propriétés</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Surface</translation>
    </message>
    <message>
      <source>Length</source>
      <translation>Longueur</translation>
    </message>
    <message>
      <source>Chosen from the country the imported data lies in (%1); pick another to change it.</source>
      <translation>Choisie d’après le pays où se trouvent les données importées (%1) ; choisissez-en une autre pour la changer.</translation>
    </message>
    <message>
      <source>Chosen by you: imports never change it.</source>
      <translation>Choisie par vous : les importations ne la changent jamais.</translation>
    </message>
    <message>
      <source>The default currency: the first import sets it from the data's country.</source>
      <translation>La monnaie par défaut : la première importation la fixe d’après le pays des données.</translation>
    </message>
    <message>
      <source>%1 is not a currency code (three letters, e.g. KES, DJF, USD)</source>
      <translation>%1 n’est pas un code de monnaie (trois lettres, p. ex. KES, DJF, USD)</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>inconnu</translation>
    </message>
    <message>
      <source>%1 is not a number</source>
      <translation>%1 n’est pas un nombre</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Tout enregistrer</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Oui</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Oui à &amp;tout</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Non</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Non à t&amp;out</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Abandonner</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Réessayer</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Ignorer</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Abandonner les modifications</translation>
    </message>
    <message>
      <source>Don't Save</source>
      <translation>Ne pas enregistrer</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Aide</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Appliquer</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Réinitialiser</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Restaurer les valeurs par défaut</translation>
    </message>
  </context>
  <context>
    <name>ResultsChart</name>
    <message>
      <source>Women</source>
      <translation>Femmes</translation>
    </message>
    <message>
      <source>Men</source>
      <translation>Hommes</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <source>Children</source>
      <translation>Enfants</translation>
    </message>
    <message>
      <source>Youth</source>
      <translation>Jeune</translation>
    </message>
    <message>
      <source>Adults</source>
      <translation>Adultes</translation>
    </message>
    <message>
      <source>Elders</source>
      <translation>Aînés</translation>
    </message>
  </context>
  <context>
    <name>ServedRoutes</name>
    <message>
      <source>Draw a path</source>
      <translation>Tracer un chemin</translation>
    </message>
    <message>
      <source>Connect this plot to the paths so its walks can be measured</source>
      <translation>Reliez cette parcelle aux chemins pour mesurer ses trajets à pied</translation>
    </message>
    <message>
      <source>No paths drawn yet: whether this plot has path access, and how far it walks, cannot be told. Draw the paths, or derive them from the plots (Access).</source>
      <translation>Aucun chemin dessiné : on ne peut pas dire si cette parcelle a accès à un chemin, ni à quelle distance elle marche. Dessinez les chemins, ou dérivez-les des parcelles (Accès).</translation>
    </message>
    <message>
      <source>No path from this plot: distances are walked along the drawn paths. Draw a path to its gate.</source>
      <translation>Aucun chemin depuis cette parcelle : les distances se mesurent à pied le long des chemins dessinés. Tracez un chemin jusqu’à son entrée.</translation>
    </message>
    <message>
      <source>Water</source>
      <translation>Eau</translation>
    </message>
    <message>
      <source>Toilet</source>
      <translation>Toilettes</translation>
    </message>
    <message>
      <source>%1: on the plot</source>
      <translation>%1 : sur la parcelle</translation>
    </message>
    <message>
      <source>%1: none reachable along the paths</source>
      <translation>%1 : aucun accessible par les chemins</translation>
    </message>
    <message>
      <source>%1: %2 m walk (within %3 m)</source>
      <translation>%1 : %2 m à pied (moins de %3 m)</translation>
    </message>
    <message>
      <source>%1: %2 m walk — more than %3 m</source>
      <translation>%1 : %2 m à pied — plus de %3 m</translation>
    </message>
  </context>
  <context>
    <name>ServedWords</name>
    <message>
      <source>Water points and toilets are not drawn yet: who is served cannot be told.</source>
      <translation>Les points d’eau et les toilettes ne sont pas encore dessinés : on ne peut pas dire qui est desservi.</translation>
    </message>
    <message>
      <source>Toilets are not drawn yet: who has a toilet within reach cannot be told.</source>
      <translation>Les toilettes ne sont pas encore dessinées : on ne peut pas dire qui a des toilettes à portée.</translation>
    </message>
    <message>
      <source>Water points are not drawn yet: who has water within reach cannot be told.</source>
      <translation>Les points d’eau ne sont pas encore dessinés : on ne peut pas dire qui a de l’eau à portée.</translation>
    </message>
    <message>
      <source>Paths are not drawn yet: who has water and a toilet within reach cannot be told.</source>
      <translation>Les chemins ne sont pas encore dessinés : on ne peut pas dire qui a de l’eau et des toilettes à portée.</translation>
    </message>
    <message>
      <source>Water and a toilet within reach for &lt;b&gt;%1 of %2 households&lt;/b&gt;.</source>
      <translation>De l’eau et des toilettes à portée pour &lt;b&gt;%1 ménages sur %2&lt;/b&gt;.</translation>
    </message>
    <message>
      <source>Water and a toilet within reach for &lt;b&gt;%1 of %2 households&lt;/b&gt; (assumed, no survey yet).</source>
      <translation>De l’eau et des toilettes à portée pour &lt;b&gt;%1 ménages sur %2&lt;/b&gt; (supposés, pas encore d’enquête).</translation>
    </message>
  </context>
  <context>
    <name>SharedByDialog</name>
    <message>
      <source>Who may use %1</source>
      <translation>Qui peut utiliser %1</translation>
    </message>
    <message>
      <source>Filter by plot number or household</source>
      <translation>Filtrer par numéro de parcelle ou ménage</translation>
    </message>
    <message>
      <source>%1 (not in this option)</source>
      <translation>%1 (absent de cette option)</translation>
    </message>
    <message>
      <source>Plot %1: %2 m away, %3 households</source>
      <translation>Parcelle %1 : à %2 m, %3 ménages</translation>
    </message>
    <message>
      <source>Household %1 on plot %2 (%3 persons)</source>
      <translation>Ménage %1 sur la parcelle %2 (%3 personnes)</translation>
    </message>
    <message>
      <source>%1 plots and %2 households chosen</source>
      <translation>%1 parcelles et %2 ménages choisis</translation>
    </message>
  </context>
  <context>
    <name>StandardsDock</name>
    <message>
      <source>Standards</source>
      <translation>Normes</translation>
    </message>
    <message>
      <source>No overlay</source>
      <translation>Aucune superposition</translation>
    </message>
    <message>
      <source>Distance to water</source>
      <translation>Distance à l’eau</translation>
    </message>
    <message>
      <source>Distance to a toilet</source>
      <translation>Distance aux toilettes</translation>
    </message>
    <message>
      <source>The standards check is not installed.</source>
      <translation>La vérification des normes n’est pas installée.</translation>
    </message>
    <message>
      <source>Blue: within half of %1 m. Yellow: within %1 m. Red: farther, or none reachable.</source>
      <translation>Bleu : à moins de la moitié de %1 m. Jaune : à moins de %1 m. Rouge : plus loin, ou rien d’accessible.</translation>
    </message>
    <message>
      <source>No paths drawn yet: walking distances and path access cannot be told.</source>
      <translation>Aucun chemin dessiné : les distances à pied et l’accès aux chemins ne peuvent pas être dits.</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <source>Starting Jamii…</source>
      <translation>Démarrage de Jamii…</translation>
    </message>
    <message>
      <source>Reading the project…</source>
      <translation>Lecture du projet…</translation>
    </message>
    <message>
      <source>Preparing the panels…</source>
      <translation>Préparation des panneaux…</translation>
    </message>
    <message>
      <source>Drawing the plan…</source>
      <translation>Dessin du plan…</translation>
    </message>
    <message>
      <source>Opening the project</source>
      <translation>Ouverture du projet</translation>
    </message>
  </context>
  <context>
    <name>SurveyImportDialog</name>
    <message>
      <source>Import a base survey</source>
      <translation>Importer un relevé de base</translation>
    </message>
    <message>
      <source>No file chosen</source>
      <translation>Aucun fichier choisi</translation>
    </message>
    <message>
      <source>as the file says (EPSG:32737, a PROJ string, WKT or a .prj file)</source>
      <translation>comme le dit le fichier (EPSG:32737, une chaîne PROJ, du WKT ou un fichier .prj)</translation>
    </message>
    <message>
      <source>Coordinate system of the file</source>
      <translation>Système de coordonnées du fichier</translation>
    </message>
    <message>
      <source>latitude,longitude (e.g. -6.80,39.24) or a country code (KE, TZ)</source>
      <translation>latitude,longitude (p. ex. -6.80,39.24) ou un code de pays (KE, TZ)</translation>
    </message>
    <message>
      <source>Where the data should land. An import into a project that already has a drawing is checked against it; a first import is checked against this place.</source>
      <translation>Où les données doivent arriver. Une importation dans un projet qui a déjà un dessin est vérifiée par rapport à lui ; une première importation est vérifiée par rapport à ce lieu.</translation>
    </message>
    <message>
      <source>Where the data should be</source>
      <translation>Où les données devraient se trouver</translation>
    </message>
    <message>
      <source>Layer in the file</source>
      <translation>Calque du fichier</translation>
    </message>
    <message>
      <source>Becomes</source>
      <translation>Devient</translation>
    </message>
    <message>
      <source>What the import will create</source>
      <translation>Ce que l’import va créer</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Choisir un fichier…</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importer</translation>
    </message>
    <message>
      <source>DXF drawings (*.dxf)</source>
      <translation>Dessins DXF (*.dxf)</translation>
    </message>
    <message>
      <source>GIS files (*.geojson *.json *.gpkg *.shp *.csv *.osm *.pbf)</source>
      <translation>Fichiers SIG (*.geojson *.json *.gpkg *.shp *.csv *.osm *.pbf)</translation>
    </message>
    <message>
      <source>(leave out)</source>
      <translation>(ignorer)</translation>
    </message>
    <message>
      <source>Check what each layer becomes, then import.</source>
      <translation>Vérifiez ce que devient chaque calque, puis importez.</translation>
    </message>
    <message>
      <source>Imported %1 features</source>
      <translation>%1 objets importés</translation>
    </message>
    <message>
      <source>currency %1, from the country the data lies in</source>
      <translation>monnaie %1, d’après le pays où se trouvent les données</translation>
    </message>
    <message>
      <source>Not imported: %1</source>
      <translation>Non importé : %1</translation>
    </message>
  </context>
  <context>
    <name>TriStateEditor</name>
    <message>
      <source>Unknown</source>
      <translation>Inconnu</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Non</translation>
    </message>
  </context>
  <context>
    <name>UndoBridge</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Rétablir</translation>
    </message>
    <message>
      <source>&amp;Undo %1</source>
      <translation>&amp;Annuler %1</translation>
    </message>
    <message>
      <source>&amp;Redo %1</source>
      <translation>&amp;Rétablir %1</translation>
    </message>
  </context>
  <context>
    <name>UserGuideWindow</name>
    <message>
      <source>Jamii user guide</source>
      <translation>Guide de l’utilisateur de Jamii</translation>
    </message>
  </context>
  <context>
    <name>UsersEditor</name>
    <message>
      <source>Shared by named users: %1 plots, %2 households</source>
      <translation>Partagé par des usagers nommés : %1 parcelles, %2 ménages</translation>
    </message>
    <message>
      <source>Shared, users not named: counted as open to the neighbours who reach it</source>
      <translation>Partagé, usagers non nommés : compté comme ouvert aux voisins qui l’atteignent</translation>
    </message>
    <message>
      <source>Private to plot %1</source>
      <translation>Privé, réservé à la parcelle %1</translation>
    </message>
    <message>
      <source>Nobody has said who may use it: counted as open, never as private</source>
      <translation>Personne n’a dit qui peut l’utiliser : compté comme ouvert, jamais comme privé</translation>
    </message>
    <message>
      <source>Public: anyone who reaches it may use it</source>
      <translation>Public : quiconque l’atteint peut l’utiliser</translation>
    </message>
    <message>
      <source>No household is recorded on the %1 plots that may use it</source>
      <translation>Aucun ménage n’est enregistré sur les %1 parcelles qui peuvent l’utiliser</translation>
    </message>
    <message>
      <source>%1 households (%2 persons) live on the %3 plots that may use it</source>
      <translation>%1 ménages (%2 personnes) vivent sur les %3 parcelles qui peuvent l’utiliser</translation>
    </message>
    <message>
      <source>Not in the project: %1</source>
      <translation>Absent du projet : %1</translation>
    </message>
    <message>
      <source>Choose users…</source>
      <translation>Choisir les usagers…</translation>
    </message>
    <message>
      <source>Not named</source>
      <translation>Non nommés</translation>
    </message>
    <message>
      <source>Forget the named users (who may use it is then not named)</source>
      <translation>Oublier les usagers nommés (qui peut l’utiliser n’est alors plus nommé)</translation>
    </message>
  </context>
  <context>
    <name>VoteMenu</name>
    <message>
      <source>Water taps</source>
      <translation>Robinets d’eau</translation>
    </message>
    <message>
      <source>Toilets</source>
      <translation>Toilettes</translation>
    </message>
    <message>
      <source>Street lights</source>
      <translation>Lampadaires</translation>
    </message>
    <message>
      <source>Paths</source>
      <translation>Chemins</translation>
    </message>
    <message>
      <source>Drains</source>
      <translation>Caniveaux</translation>
    </message>
    <message>
      <source>Core houses</source>
      <translation>Maisons noyaux</translation>
    </message>
    <message>
      <source>House improvements</source>
      <translation>Améliorations de logements</translation>
    </message>
  </context>
  <context>
    <name>VotingPage</name>
    <message>
      <source>Back to the plan</source>
      <translation>Retour au plan</translation>
    </message>
    <message>
      <source>Record the workshop first</source>
      <translation>Enregistrez d’abord l’atelier</translation>
    </message>
  </context>
  <context>
    <name>VotingScreen</name>
    <message>
      <source>I am:</source>
      <translation>Je suis :</translation>
    </message>
    <message>
      <source>Woman</source>
      <translation>Femme</translation>
    </message>
    <message>
      <source>Man</source>
      <translation>Homme</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <source>Child</source>
      <translation>Enfant</translation>
    </message>
    <message>
      <source>Youth</source>
      <translation>Jeune</translation>
    </message>
    <message>
      <source>Adult</source>
      <translation>Adulte</translation>
    </message>
    <message>
      <source>Elder</source>
      <translation>Aîné</translation>
    </message>
    <message>
      <source>Paper ballot (entered after the meeting)</source>
      <translation>Bulletin papier (saisi après la réunion)</translation>
    </message>
    <message>
      <source>Show results</source>
      <translation>Afficher les résultats</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Résultats</translation>
    </message>
    <message>
      <source>Yes, record my vote</source>
      <translation>Oui, enregistrer mon vote</translation>
    </message>
    <message>
      <source>No, change it</source>
      <translation>Non, le changer</translation>
    </message>
    <message>
      <source>Budget used</source>
      <translation>Budget utilisé</translation>
    </message>
    <message>
      <source>Cast vote</source>
      <translation>Voter</translation>
    </message>
    <message>
      <source>Start again</source>
      <translation>Recommencer</translation>
    </message>
    <message>
      <source>Correct a ballot…</source>
      <translation>Corriger un bulletin…</translation>
    </message>
    <message>
      <source>For the facilitator: void or change a ballot, with a reason</source>
      <translation>Pour l’animateur : annuler ou modifier un bulletin, avec un motif</translation>
    </message>
    <message>
      <source>Tap the options in order: your favourite first.</source>
      <translation>Touchez les variantes dans l’ordre : votre préférée d’abord.</translation>
    </message>
    <message>
      <source>Fill the basket with what matters most — within the budget.</source>
      <translation>Remplissez le panier avec ce qui compte le plus — dans les limites du budget.</translation>
    </message>
    <message>
      <source>Tap the option you prefer.</source>
      <translation>Touchez la variante que vous préférez.</translation>
    </message>
    <message>
      <source>Basket: %1 of %2</source>
      <translation>Panier : %1 sur %2</translation>
    </message>
    <message>
      <source>Too much for the budget: take something out (at least %1).</source>
      <translation>Trop pour le budget : retirez quelque chose (au moins %1).</translation>
    </message>
    <message>
      <source>Tap Woman, Man or Other first.</source>
      <translation>Touchez d’abord Femme, Homme ou Autre.</translation>
    </message>
    <message>
      <source>Your vote:</source>
      <translation>Votre vote :</translation>
    </message>
    <message>
      <source>Total: %1</source>
      <translation>Total : %1</translation>
    </message>
    <message>
      <source>Is this right?</source>
      <translation>Est-ce correct ?</translation>
    </message>
    <message>
      <source>Thank you! Vote recorded (ballot %1).</source>
      <translation>Merci ! Vote enregistré (bulletin %1).</translation>
    </message>
    <message>
      <source>Ballot %1 corrected: %2</source>
      <translation>Bulletin %1 corrigé : %2</translation>
    </message>
    <message>
      <source>{n} ballots ({paper} on paper)</source>
      <translation>{n} bulletins ({paper} sur papier)</translation>
    </message>
    <message>
      <source>%1 corrected by the facilitator</source>
      <translation>%1 corrigé(s) par l’animateur</translation>
    </message>
    <message>
      <source>Choice</source>
      <translation>Choix</translation>
    </message>
    <message>
      <source>Women</source>
      <translation>Femmes</translation>
    </message>
    <message>
      <source>Men</source>
      <translation>Hommes</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>1st choice</source>
      <translation>1er choix</translation>
    </message>
    <message>
      <source>Funded</source>
      <translation>Financé</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <source>no</source>
      <translation>non</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <source>Welcome to Jamii</source>
      <translation>Bienvenue dans Jamii</translation>
    </message>
    <message>
      <source>Draw your settlement's plots, houses, paths, water and toilets with your neighbours, try several options, see what each costs a household and who is served, and vote.</source>
      <translation>Dessinez avec vos voisins les parcelles, maisons, chemins, points d’eau et toilettes de votre quartier, essayez plusieurs variantes, voyez ce que chacune coûte à un ménage et qui est desservi, et votez.</translation>
    </message>
    <message>
      <source>Explore the sample settlement</source>
      <translation>Explorer le quartier d’exemple</translation>
    </message>
    <message>
      <source>Start from my settlement's data (survey, GIS or DXF)…</source>
      <translation>Partir des données de mon quartier (relevé, SIG ou DXF)…</translation>
    </message>
    <message>
      <source>Start an empty project</source>
      <translation>Commencer un projet vide</translation>
    </message>
    <message>
      <source>Open a project file…</source>
      <translation>Ouvrir un fichier de projet…</translation>
    </message>
    <message>
      <source>Recent projects</source>
      <translation>Projets récents</translation>
    </message>
  </context>
  <context>
    <name>WorkshopAccessPage</name>
    <message>
      <source>Own door onto a path or street</source>
      <extracomment>Plot fills by way out (Okabe-Ito, colour-blind safe; the first three as in the Access dock). A new picture is on the plan (after each computation).</extracomment>
      <translation>Porte donnant sur un chemin ou une rue</translation>
    </message>
    <message>
      <source>Way out only through a neighbour's plot</source>
      <translation>Sortie seulement par la parcelle d’un voisin</translation>
    </message>
    <message>
      <source>Way out only through 2 or more plots</source>
      <translation>Sortie seulement par 2 parcelles ou plus</translation>
    </message>
    <message>
      <source>Shut in: no way out at all</source>
      <translation>Enclavée : aucune sortie</translation>
    </message>
    <message>
      <source>New path in this option</source>
      <translation>Nouveau chemin de cette variante</translation>
    </message>
    <message>
      <source>Plot that gives land for a path</source>
      <translation>Parcelle qui cède du terrain pour un chemin</translation>
    </message>
    <message>
      <source>House that moves</source>
      <translation>Maison déplacée</translation>
    </message>
    <message>
      <source>Finding who has a way out…</source>
      <translation>Recherche de qui a une sortie…</translation>
    </message>
    <message>
      <source>Every household has a way out of its own</source>
      <translation>Chaque ménage a sa propre sortie</translation>
    </message>
    <message>
      <source>1 household has no way out of its own</source>
      <translation>1 ménage n’a pas de sortie à lui</translation>
    </message>
    <message>
      <source>%1 households have no way out of their own</source>
      <translation>%1 ménages n’ont pas de sortie à eux</translation>
    </message>
    <message>
      <source>Every plot has a way out of its own (no households are recorded)</source>
      <translation>Chaque parcelle a sa propre sortie (aucun ménage n’est enregistré)</translation>
    </message>
    <message>
      <source>1 plot has no way out of its own (no households are recorded)</source>
      <translation>1 parcelle n’a pas de sortie à elle (aucun ménage n’est enregistré)</translation>
    </message>
    <message>
      <source>%1 plots have no way out of their own (no households are recorded)</source>
      <translation>%1 parcelles n’ont pas de sortie à elles (aucun ménage n’est enregistré)</translation>
    </message>
    <message>
      <source>this option gives all of them a path</source>
      <translation>cette variante leur donne à tous un chemin</translation>
    </message>
    <message>
      <source>this option gives none of them a path</source>
      <translation>cette variante ne donne de chemin à aucun d’eux</translation>
    </message>
    <message>
      <source>this option gives %1 of them a path</source>
      <translation>cette variante donne un chemin à %1 d’entre eux</translation>
    </message>
    <message>
      <source>no house moves</source>
      <translation>aucune maison n’est déplacée</translation>
    </message>
    <message>
      <source>1 house moves</source>
      <translation>1 maison est déplacée</translation>
    </message>
    <message>
      <source>%1 houses move</source>
      <translation>%1 maisons sont déplacées</translation>
    </message>
    <message>
      <source>1 other building comes down</source>
      <translation>1 autre bâtiment est démoli</translation>
    </message>
    <message>
      <source>%1 other buildings come down</source>
      <translation>%1 autres bâtiments sont démolis</translation>
    </message>
  </context>
  <context>
    <name>WorkshopPanel</name>
    <message>
      <source>Our options</source>
      <translation>Nos variantes</translation>
    </message>
    <message>
      <source>Who has a way out?</source>
      <translation>Qui a une sortie ?</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Aujourd’hui</translation>
    </message>
    <message>
      <source>The settlement today</source>
      <translation>Le quartier aujourd’hui</translation>
    </message>
    <message>
      <source>This is the settlement as it is today: about %1 households, assumed one per home plot (no survey yet).</source>
      <translation>Voici le quartier tel qu’il est aujourd’hui : environ %1 ménages, supposés un par parcelle d’habitation (pas encore d’enquête).</translation>
    </message>
    <message>
      <source>This is the settlement as it is today: %1 households.</source>
      <translation>Voici le quartier tel qu’il est aujourd’hui : %1 ménages.</translation>
    </message>
    <message>
      <source>Working out the cost…</source>
      <translation>Calcul du coût…</translation>
    </message>
    <message>
      <source>Each household pays &lt;b&gt;%1&lt;/b&gt;.</source>
      <translation>Chaque ménage paie &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
      <source>That is about &lt;b&gt;%1 a month&lt;/b&gt;.</source>
      <translation>Soit environ &lt;b&gt;%1 par mois&lt;/b&gt;.</translation>
    </message>
    <message>
      <source>Total cost %1, shared by %2 households (assumed: one per home plot, no survey yet).</source>
      <translation>Coût total %1, partagé entre %2 ménages (supposés : un par parcelle d’habitation, pas encore d’enquête).</translation>
    </message>
    <message>
      <source>Total cost %1, shared by %2 households.</source>
      <translation>Coût total %1, partagé entre %2 ménages.</translation>
    </message>
    <message>
      <source>Working out who is served…</source>
      <translation>Calcul des ménages desservis…</translation>
    </message>
  </context>
  <context>
    <name>WorkshopRecordDialog</name>
    <message>
      <source>Workshop record</source>
      <translation>Compte rendu d’atelier</translation>
    </message>
    <message>
      <source>Edit workshop record</source>
      <translation>Modifier le compte rendu d’atelier</translation>
    </message>
    <message>
      <source>Single choice</source>
      <translation>Choix unique</translation>
    </message>
    <message>
      <source>Ranking</source>
      <translation>Classement</translation>
    </message>
    <message>
      <source>Shopping cart with a budget</source>
      <translation>Panier avec un budget</translation>
    </message>
    <message>
      <source>What each household could spend on the interventions of the menu</source>
      <translation>Ce que chaque ménage pourrait dépenser pour les interventions du menu</translation>
    </message>
    <message>
      <source>What was discussed (no names of participants)</source>
      <translation>Ce qui a été discuté (sans noms de participants)</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>Voting</source>
      <translation>Vote</translation>
    </message>
    <message>
      <source>Budget per household</source>
      <translation>Budget par ménage</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Children</source>
      <translation>Enfants</translation>
    </message>
    <message>
      <source>Youth</source>
      <translation>Jeune</translation>
    </message>
    <message>
      <source>Adults</source>
      <translation>Adultes</translation>
    </message>
    <message>
      <source>Elders</source>
      <translation>Aînés</translation>
    </message>
    <message>
      <source>Women / girls</source>
      <translation>Femmes / filles</translation>
    </message>
    <message>
      <source>Men / boys</source>
      <translation>Hommes / garçons</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>{total} participants: {women} women, {men} men</source>
      <translation>{total} participants : {women} femmes, {men} hommes</translation>
    </message>
    <message>
      <source>A shopping-cart vote needs a budget.</source>
      <translation>Un vote par panier demande un budget.</translation>
    </message>
  </context>
  <context>
    <name>command</name>
    <message>
      <source>Add imagery layer</source>
      <translation>Ajouter une couche d’imagerie</translation>
    </message>
    <message>
      <source>Change imagery layer</source>
      <translation>Modifier la couche d’imagerie</translation>
    </message>
    <message>
      <source>Import base survey</source>
      <translation>Importer un relevé de base</translation>
    </message>
    <message>
      <source>Add background image</source>
      <translation>Ajouter une image de fond</translation>
    </message>
    <message>
      <source>New option</source>
      <translation>Nouvelle variante</translation>
    </message>
    <message>
      <source>Rename option</source>
      <translation>Renommer la variante</translation>
    </message>
    <message>
      <source>Delete option</source>
      <translation>Supprimer la variante</translation>
    </message>
    <message>
      <source>Edit properties</source>
      <translation>Modifier les propriétés</translation>
    </message>
    <message>
      <source>Erase</source>
      <translation>Effacer</translation>
    </message>
    <message>
      <source>Draw plot</source>
      <translation>Dessiner une parcelle</translation>
    </message>
    <message>
      <source>Draw building</source>
      <translation>Dessiner un bâtiment</translation>
    </message>
    <message>
      <source>Draw core house</source>
      <translation>Dessiner une maison évolutive</translation>
    </message>
    <message>
      <source>Draw hazard area</source>
      <translation>Dessiner une zone à risque</translation>
    </message>
    <message>
      <source>Draw path</source>
      <translation>Dessiner un chemin</translation>
    </message>
    <message>
      <source>Draw water main</source>
      <translation>Dessiner une conduite d’eau</translation>
    </message>
    <message>
      <source>Draw sewer</source>
      <translation>Dessiner un égout</translation>
    </message>
    <message>
      <source>Draw drain</source>
      <translation>Dessiner un caniveau</translation>
    </message>
    <message>
      <source>Add standpipe</source>
      <translation>Ajouter une borne-fontaine</translation>
    </message>
    <message>
      <source>Add water kiosk</source>
      <translation>Ajouter un kiosque à eau</translation>
    </message>
    <message>
      <source>Add toilet</source>
      <translation>Ajouter des toilettes</translation>
    </message>
    <message>
      <source>Add manhole</source>
      <translation>Ajouter un regard</translation>
    </message>
    <message>
      <source>Add street light</source>
      <translation>Ajouter un lampadaire</translation>
    </message>
    <message>
      <source>Draw room</source>
      <translation>Dessiner une pièce</translation>
    </message>
    <message>
      <source>Move room</source>
      <translation>Déplacer la pièce</translation>
    </message>
    <message>
      <source>Resize room</source>
      <translation>Redimensionner la pièce</translation>
    </message>
    <message>
      <source>Edit room</source>
      <translation>Modifier la pièce</translation>
    </message>
    <message>
      <source>Delete room</source>
      <translation>Supprimer la pièce</translation>
    </message>
    <message>
      <source>Add door</source>
      <translation>Ajouter une porte</translation>
    </message>
    <message>
      <source>Add window</source>
      <translation>Ajouter une fenêtre</translation>
    </message>
    <message>
      <source>Edit door or window</source>
      <translation>Modifier la porte ou la fenêtre</translation>
    </message>
    <message>
      <source>Delete door or window</source>
      <translation>Supprimer la porte ou la fenêtre</translation>
    </message>
    <message>
      <source>Edit building stage</source>
      <translation>Modifier l’étape de construction</translation>
    </message>
    <message>
      <source>Add building stage</source>
      <translation>Ajouter une étape de construction</translation>
    </message>
    <message>
      <source>Rename house type</source>
      <translation>Renommer le type de maison</translation>
    </message>
    <message>
      <source>Change house grid</source>
      <translation>Changer la trame de la maison</translation>
    </message>
    <message>
      <source>Mark for demolition</source>
      <translation>Marquer à démolir</translation>
    </message>
    <message>
      <source>Mark for relocation</source>
      <translation>Marquer à déplacer</translation>
    </message>
    <message>
      <source>Remove mark</source>
      <translation>Enlever la marque</translation>
    </message>
    <message>
      <source>Take down this house in this option? The household living in it will need another home.</source>
      <translation>Démolir cette maison dans cette variante ? Le ménage qui y vit aura besoin d’un autre logement.</translation>
    </message>
    <message>
      <source>Rotate</source>
      <translation>Tourner</translation>
    </message>
    <message>
      <source>Move</source>
      <translation>Déplacer</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Split plot</source>
      <translation>Diviser une parcelle</translation>
    </message>
    <message>
      <source>Move vertex</source>
      <translation>Déplacer un sommet</translation>
    </message>
    <message>
      <source>Insert vertex</source>
      <translation>Insérer un sommet</translation>
    </message>
    <message>
      <source>Delete vertex</source>
      <translation>Supprimer un sommet</translation>
    </message>
  </context>
  <context>
    <name>currency</name>
    <message>
      <source>The cost library %1 prices in %2, the project in %3: the bills stay in %2 until you give an exchange rate (Design &gt; Costing assumptions).</source>
      <translation>La bibliothèque de coûts %1 chiffre en %2, le projet en %3 : les devis restent en %2 tant que vous ne donnez pas de taux de change (Conception &gt; Hypothèses de coût).</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>choose or create an option first: demolitions belong to an option</source>
      <translation>choisissez ou créez d’abord une variante : les démolitions appartiennent à une variante</translation>
    </message>
    <message>
      <source>the line must cross one plot from side to side</source>
      <translation>la ligne doit traverser une parcelle d’un côté à l’autre</translation>
    </message>
    <message>
      <source>this is part of the settlement today: the eraser only removes what this option added (to take a house down, use Take down house)</source>
      <translation>ceci fait partie du quartier actuel : la gomme ne retire que ce que cette variante a ajouté (pour démolir une maison, utilisez Démolir la maison)</translation>
    </message>
    <message>
      <source>a ballot correction needs a reason</source>
      <translation>une correction de bulletin doit avoir un motif</translation>
    </message>
    <message>
      <source>a household has at least one person</source>
      <translation>un ménage compte au moins une personne</translation>
    </message>
    <message>
      <source>an option needs a name</source>
      <translation>une variante doit avoir un nom</translation>
    </message>
    <message>
      <source>children must be between 0 and the household size</source>
      <translation>le nombre d’enfants doit être entre 0 et la taille du ménage</translation>
    </message>
    <message>
      <source>persons per household must be positive</source>
      <translation>le nombre de personnes par ménage doit être positif</translation>
    </message>
    <message>
      <source>shares must lie between 0 and 1</source>
      <translation>les parts doivent être entre 0 et 1</translation>
    </message>
    <message>
      <source>the image file is missing</source>
      <translation>le fichier image est introuvable</translation>
    </message>
    <message>
      <source>{field}: {problem}</source>
      <translation>{field} : {problem}</translation>
    </message>
    <message>
      <source>{what} {value} is not a finite number</source>
      <translation>{what} : {value} n’est pas un nombre fini</translation>
    </message>
    <message>
      <source>{what} {value}{unit} must be more than {limit}</source>
      <translation>{what} : {value}{unit} doit être supérieur à {limit}</translation>
    </message>
    <message>
      <source>{what} {value}{unit} is below the smallest plausible value, {limit}</source>
      <translation>{what} : {value}{unit} est en dessous de la plus petite valeur plausible, {limit}</translation>
    </message>
    <message>
      <source>{what} {value}{unit} is above the largest plausible value, {limit}</source>
      <translation>{what} : {value}{unit} dépasse la plus grande valeur plausible, {limit}</translation>
    </message>
    <message>
      <source>a number of about {digits} digits</source>
      <translation>un nombre d’environ {digits} chiffres</translation>
    </message>
    <message>
      <source>vertex {i} {point} is more than {limit} m from the project origin</source>
      <translation>le sommet {i} {point} est à plus de {limit} m de l’origine du projet</translation>
    </message>
    <message>
      <source>a line needs at least 2 points, got {n}</source>
      <translation>une ligne demande au moins 2 points, reçu {n}</translation>
    </message>
    <message>
      <source>segment {i} has zero length (repeated vertex)</source>
      <translation>le segment {i} a une longueur nulle (sommet répété)</translation>
    </message>
    <message>
      <source>an outline needs at least 3 corners, got {n}</source>
      <translation>un contour demande au moins 3 coins, reçu {n}</translation>
    </message>
    <message>
      <source>the outline is degenerate (area {area_m2} m²)</source>
      <translation>le contour est dégénéré (surface {area_m2} m²)</translation>
    </message>
    <message>
      <source>the outline crosses itself near ({x_m}, {y_m})</source>
      <translation>le contour se croise lui-même près de ({x_m} ; {y_m})</translation>
    </message>
    <message>
      <source>line {line}: {value} is not a finite number</source>
      <translation>ligne {line} : {value} n’est pas un nombre fini</translation>
    </message>
    <message>
      <source>{value} is not a finite number</source>
      <translation>{value} n’est pas un nombre fini</translation>
    </message>
    <message>
      <source>the point ({lat}, {lon}) lies {far_km} km from the site</source>
      <translation>le point ({lat} ; {lon}) est à {far_km} km du site</translation>
    </message>
    <message>
      <source>the point lies {far_km} km from the site (coordinates in {crs}?)</source>
      <translation>le point est à {far_km} km du site (coordonnées en {crs} ?)</translation>
    </message>
    <message>
      <source>no house type {type_id}; known types: {known}</source>
      <translation>aucun type de maison {type_id} ; types connus : {known}</translation>
    </message>
    <message>
      <source>expected a non-negative number, got {value}</source>
      <translation>un nombre positif ou nul était attendu, reçu {value}</translation>
    </message>
    <message>
      <source>expected [x, y, width, depth] in metres</source>
      <translation>[x, y, largeur, profondeur] en mètres attendu</translation>
    </message>
    <message>
      <source>a number too large for metres</source>
      <translation>un nombre trop grand pour des mètres</translation>
    </message>
    <message>
      <source>unknown rule threshold</source>
      <translation>seuil de règle inconnu</translation>
    </message>
    <message>
      <source>expected a table of use = area in m²</source>
      <translation>une table usage = surface en m² était attendue</translation>
    </message>
    <message>
      <source>a threshold too large for a number</source>
      <translation>un seuil trop grand pour un nombre</translation>
    </message>
    <message>
      <source>the outline is not a valid polygon ({reason})</source>
      <translation>le contour n’est pas un polygone valide ({reason})</translation>
    </message>
    <message>
      <source>is {kind}, not a file that can be read as {what}</source>
      <translation>est {kind}, pas un fichier lisible comme {what}</translation>
    </message>
    <message>
      <source>is {size_mib} MiB, more than the {limit_mib} MiB {what} may have</source>
      <translation>fait {size_mib} Mio, plus que les {limit_mib} Mio permis pour {what}</translation>
    </message>
    <message>
      <source>grew past the {limit_mib} MiB {what} may have while being read</source>
      <translation>a dépassé pendant la lecture les {limit_mib} Mio permis pour {what}</translation>
    </message>
    <message>
      <source>has more than {max_entities} entities; split the drawing or purge it first</source>
      <translation>a plus de {max_entities} entités ; découpez le dessin ou purgez-le d’abord</translation>
    </message>
    <message>
      <source>line {line}: value {value} (group {code}) is not a plausible coordinate or length (at most {limit} m)</source>
      <translation>ligne {line} : la valeur {value} (groupe {code}) n’est pas une coordonnée ou une longueur plausible (au plus {limit} m)</translation>
    </message>
    <message>
      <source>row</source>
      <translation>ligne</translation>
    </message>
    <message>
      <source>column</source>
      <translation>colonne</translation>
    </message>
    <message>
      <source>{where}: in {crs} the data would land at {at}, and {problem}{hint}</source>
      <translation>{where} : en {crs}, les données tomberaient à {at}, et {problem}{hint}</translation>
    </message>
    <message>
      <source>{lat}°{ns} {lon}°{ew}</source>
      <translation>{lat}°{ns} {lon}°{ew}</translation>
    </message>
    <message>
      <source>nowhere on the Earth</source>
      <translation>nulle part sur la Terre</translation>
    </message>
    <message>
      <source>its coordinates are not on the Earth in this CRS</source>
      <translation>ses coordonnées ne sont pas sur la Terre dans ce système</translation>
    </message>
    <message>
      <source>its coordinates are not longitudes/latitudes</source>
      <translation>ses coordonnées ne sont pas des longitudes/latitudes</translation>
    </message>
    <message>
      <source>its eastings ({km} km) are outside the 100–900 km of a UTM zone</source>
      <translation>ses abscisses ({km} km) sont hors des 100–900 km d’une zone UTM</translation>
    </message>
    <message>
      <source>its northings ({km} km) are outside the 0–10,000 km of a UTM zone</source>
      <translation>ses ordonnées ({km} km) sont hors des 0–10 000 km d’une zone UTM</translation>
    </message>
    <message>
      <source>that is outside the area of use of {crs} ({area})</source>
      <translation>ce qui est hors de la zone d’usage de {crs} ({area})</translation>
    </message>
    <message>
      <source>that is at sea</source>
      <translation>ce qui est en mer</translation>
    </message>
    <message>
      <source>; candidate CRSs that put it on land: {crss}</source>
      <translation> ; systèmes candidats qui la placent sur terre : {crss}</translation>
    </message>
    <message>
      <source>; check the CRS of the source (pass --crs with the right one)</source>
      <translation> ; vérifiez le système de coordonnées de la source (donnez le bon avec --crs)</translation>
    </message>
    <message>
      <source>a folder</source>
      <translation>un dossier</translation>
    </message>
    <message>
      <source>a pipe (FIFO)</source>
      <translation>un tube (FIFO)</translation>
    </message>
    <message>
      <source>a device</source>
      <translation>un périphérique</translation>
    </message>
    <message>
      <source>a socket</source>
      <translation>un socket</translation>
    </message>
    <message>
      <source>not a regular file</source>
      <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
      <source>a project</source>
      <translation>un projet</translation>
    </message>
    <message>
      <source>a DXF drawing</source>
      <translation>un dessin DXF</translation>
    </message>
    <message>
      <source>a workbook</source>
      <translation>un classeur</translation>
    </message>
    <message>
      <source>an image</source>
      <translation>une image</translation>
    </message>
    <message>
      <source>a GIS file</source>
      <translation>un fichier SIG</translation>
    </message>
    <message>
      <source>a survey export</source>
      <translation>un export d’enquête</translation>
    </message>
    <message>
      <source>a table</source>
      <translation>un tableau</translation>
    </message>
    <message>
      <source>a TOML data file</source>
      <translation>un fichier de données TOML</translation>
    </message>
    <message>
      <source>the project CRS</source>
      <translation>le SCR du projet</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <source>GPS precision limit</source>
      <translation>limite de précision GPS</translation>
    </message>
    <message>
      <source>balance</source>
      <translation>solde</translation>
    </message>
    <message>
      <source>budget limit</source>
      <translation>plafond du budget</translation>
    </message>
    <message>
      <source>depth</source>
      <translation>profondeur</translation>
    </message>
    <message>
      <source>diameter</source>
      <translation>diamètre</translation>
    </message>
    <message>
      <source>distance</source>
      <translation>distance</translation>
    </message>
    <message>
      <source>flow</source>
      <translation>débit</translation>
    </message>
    <message>
      <source>footing depth</source>
      <translation>profondeur de la semelle</translation>
    </message>
    <message>
      <source>footing width</source>
      <translation>largeur de la semelle</translation>
    </message>
    <message>
      <source>government works</source>
      <translation>travaux publics</translation>
    </message>
    <message>
      <source>grace period (months)</source>
      <translation>délai de grâce (mois)</translation>
    </message>
    <message>
      <source>grid spacing</source>
      <translation>pas de la grille</translation>
    </message>
    <message>
      <source>height</source>
      <translation>hauteur</translation>
    </message>
    <message>
      <source>hour of the day</source>
      <translation>heure du jour</translation>
    </message>
    <message>
      <source>household size</source>
      <translation>taille du ménage</translation>
    </message>
    <message>
      <source>image height</source>
      <translation>hauteur de l’image</translation>
    </message>
    <message>
      <source>image width</source>
      <translation>largeur de l’image</translation>
    </message>
    <message>
      <source>income</source>
      <translation>revenu</translation>
    </message>
    <message>
      <source>interest rate</source>
      <translation>taux d’intérêt</translation>
    </message>
    <message>
      <source>lamp power</source>
      <translation>puissance de la lampe</translation>
    </message>
    <message>
      <source>level</source>
      <translation>niveau</translation>
    </message>
    <message>
      <source>loan term (months)</source>
      <translation>durée du prêt (mois)</translation>
    </message>
    <message>
      <source>monthly savings</source>
      <translation>épargne mensuelle</translation>
    </message>
    <message>
      <source>number of children</source>
      <translation>nombre d’enfants</translation>
    </message>
    <message>
      <source>number of members</source>
      <translation>nombre de membres</translation>
    </message>
    <message>
      <source>number of participants</source>
      <translation>nombre de participants</translation>
    </message>
    <message>
      <source>number of rooms</source>
      <translation>nombre de pièces</translation>
    </message>
    <message>
      <source>number of seats</source>
      <translation>nombre de sièges</translation>
    </message>
    <message>
      <source>number of stages</source>
      <translation>nombre d’étapes</translation>
    </message>
    <message>
      <source>number of storeys</source>
      <translation>nombre d’étages</translation>
    </message>
    <message>
      <source>number of taps</source>
      <translation>nombre de robinets</translation>
    </message>
    <message>
      <source>origin easting</source>
      <translation>abscisse de l’origine</translation>
    </message>
    <message>
      <source>origin northing</source>
      <translation>ordonnée de l’origine</translation>
    </message>
    <message>
      <source>persons per household</source>
      <translation>personnes par ménage</translation>
    </message>
    <message>
      <source>plot width</source>
      <translation>largeur de la parcelle</translation>
    </message>
    <message>
      <source>pressure head</source>
      <translation>charge de pression</translation>
    </message>
    <message>
      <source>price</source>
      <translation>prix</translation>
    </message>
    <message>
      <source>roof overhang</source>
      <translation>débord de toit</translation>
    </message>
    <message>
      <source>roof pitch</source>
      <translation>pente du toit</translation>
    </message>
    <message>
      <source>rotation</source>
      <translation>rotation</translation>
    </message>
    <message>
      <source>savings balance</source>
      <translation>solde d’épargne</translation>
    </message>
    <message>
      <source>sill height</source>
      <translation>hauteur d’allège</translation>
    </message>
    <message>
      <source>slab thickness</source>
      <translation>épaisseur de la dalle</translation>
    </message>
    <message>
      <source>storage</source>
      <translation>stockage</translation>
    </message>
    <message>
      <source>storey height</source>
      <translation>hauteur d’étage</translation>
    </message>
    <message>
      <source>subsidy cap</source>
      <translation>plafond de subvention</translation>
    </message>
    <message>
      <source>thickness</source>
      <translation>épaisseur</translation>
    </message>
    <message>
      <source>wall thickness</source>
      <translation>épaisseur du mur</translation>
    </message>
    <message>
      <source>width</source>
      <translation>largeur</translation>
    </message>
    <message>
      <source>willingness to pay</source>
      <translation>disposition à payer</translation>
    </message>
    <message>
      <source>plot</source>
      <translation>parcelle</translation>
    </message>
    <message>
      <source>hazard</source>
      <translation>zone à risque</translation>
    </message>
    <message>
      <source>path</source>
      <translation>chemin</translation>
    </message>
    <message>
      <source>building</source>
      <translation>bâtiment</translation>
    </message>
    <message>
      <source>core_house</source>
      <translation>maison noyau</translation>
    </message>
    <message>
      <source>drain</source>
      <translation>caniveau</translation>
    </message>
    <message>
      <source>sewer</source>
      <translation>égout</translation>
    </message>
    <message>
      <source>water_main</source>
      <translation>conduite d’eau</translation>
    </message>
    <message>
      <source>water_point</source>
      <translation>point d’eau</translation>
    </message>
    <message>
      <source>toilet</source>
      <translation>toilettes</translation>
    </message>
    <message>
      <source>manhole</source>
      <translation>regard</translation>
    </message>
    <message>
      <source>street_light</source>
      <translation>lampadaire</translation>
    </message>
    <message>
      <source>supply_point</source>
      <translation>point d’alimentation</translation>
    </message>
    <message>
      <source>spot_level</source>
      <translation>cote de niveau</translation>
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <source>Source tags</source>
      <translation>Attributs de la source</translation>
    </message>
    <message>
      <source>Users per day</source>
      <translation>Usagers par jour</translation>
    </message>
    <message>
      <source>Operational status</source>
      <translation>État de fonctionnement</translation>
    </message>
    <message>
      <source>Access</source>
      <translation>Accès</translation>
    </message>
    <message>
      <source>Accessible for disabled people</source>
      <translation>Accessible aux personnes handicapées</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>Solde</translation>
    </message>
    <message>
      <source>Ballots</source>
      <translation>Bulletins</translation>
    </message>
    <message>
      <source>Budget limit</source>
      <translation>Plafond du budget</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>Children</source>
      <translation>Enfants</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>Couleur</translation>
    </message>
    <message>
      <source>Columns</source>
      <translation>Colonnes</translation>
    </message>
    <message>
      <source>Community labour share</source>
      <translation>Part du travail communautaire</translation>
    </message>
    <message>
      <source>Cost library</source>
      <translation>Bibliothèque de coûts</translation>
    </message>
    <message>
      <source>Cost region</source>
      <translation>Région des coûts</translation>
    </message>
    <message>
      <source>Coordinate system (EPSG)</source>
      <translation>Système de coordonnées (EPSG)</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Monnaie</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Depth</source>
      <translation>Profondeur</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Diameter</source>
      <translation>Diamètre</translation>
    </message>
    <message>
      <source>Person with a disability</source>
      <translation>Personne handicapée</translation>
    </message>
    <message>
      <source>Drain type</source>
      <translation>Type de caniveau</translation>
    </message>
    <message>
      <source>Emptying cost per year</source>
      <translation>Coût de vidange par an</translation>
    </message>
    <message>
      <source>Excreta safely emptied or treated</source>
      <translation>Excréta vidangés ou traités sans risque</translation>
    </message>
    <message>
      <source>Extra rooms</source>
      <translation>Pièces en plus</translation>
    </message>
    <message>
      <source>Fittings</source>
      <translation>Équipements</translation>
    </message>
    <message>
      <source>Floor</source>
      <translation>Sol</translation>
    </message>
    <message>
      <source>Floor material</source>
      <translation>Matériau du sol</translation>
    </message>
    <message>
      <source>Flow</source>
      <translation>Débit</translation>
    </message>
    <message>
      <source>Funding</source>
      <translation>Financement</translation>
    </message>
    <message>
      <source>Grid</source>
      <translation>Grille</translation>
    </message>
    <message>
      <source>Handwashing</source>
      <translation>Lavage des mains</translation>
    </message>
    <message>
      <source>Hazard</source>
      <translation>Risque</translation>
    </message>
    <message>
      <source>Supply given as</source>
      <translation>Alimentation donnée en</translation>
    </message>
    <message>
      <source>Head above datum</source>
      <translation>Charge au-dessus du niveau de référence</translation>
    </message>
    <message>
      <source>Sex of household head</source>
      <translation>Sexe du chef de ménage</translation>
    </message>
    <message>
      <source>Height</source>
      <translation>Hauteur</translation>
    </message>
    <message>
      <source>Height in pixels</source>
      <translation>Hauteur en pixels</translation>
    </message>
    <message>
      <source>House type</source>
      <translation>Type de maison</translation>
    </message>
    <message>
      <source>Improvement</source>
      <translation>Amélioration</translation>
    </message>
    <message>
      <source>Income band</source>
      <translation>Tranche de revenu</translation>
    </message>
    <message>
      <source>Income</source>
      <translation>Revenu</translation>
    </message>
    <message>
      <source>Labour share by bill</source>
      <translation>Part du travail par bordereau</translation>
    </message>
    <message>
      <source>Lamp power</source>
      <translation>Puissance de la lampe</translation>
    </message>
    <message>
      <source>Land use</source>
      <translation>Usage du sol</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Ground level</source>
      <translation>Niveau du sol</translation>
    </message>
    <message>
      <source>Lined</source>
      <translation>Revêtu</translation>
    </message>
    <message>
      <source>Lit at night</source>
      <translation>Éclairé la nuit</translation>
    </message>
    <message>
      <source>Local materials</source>
      <translation>Matériaux locaux</translation>
    </message>
    <message>
      <source>Managed by</source>
      <translation>Géré par</translation>
    </message>
    <message>
      <source>Material</source>
      <translation>Matériau</translation>
    </message>
    <message>
      <source>Maximum GPS error</source>
      <translation>Erreur GPS maximale</translation>
    </message>
    <message>
      <source>Women members</source>
      <translation>Membres femmes</translation>
    </message>
    <message>
      <source>Men members</source>
      <translation>Membres hommes</translation>
    </message>
    <message>
      <source>Monthly savings</source>
      <translation>Épargne mensuelle</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Numéro</translation>
    </message>
    <message>
      <source>Opacity</source>
      <translation>Opacité</translation>
    </message>
    <message>
      <source>Opening hours</source>
      <translation>Heures d’ouverture</translation>
    </message>
    <message>
      <source>Openings</source>
      <translation>Ouvertures</translation>
    </message>
    <message>
      <source>Origin east</source>
      <translation>Origine est</translation>
    </message>
    <message>
      <source>Origin north</source>
      <translation>Origine nord</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Shared walls</source>
      <translation>Murs mitoyens</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <source>Path type</source>
      <translation>Type de chemin</translation>
    </message>
    <message>
      <source>Persons per household</source>
      <translation>Personnes par ménage</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>Plot depth</source>
      <translation>Profondeur de parcelle</translation>
    </message>
    <message>
      <source>Plot width</source>
      <translation>Largeur de parcelle</translation>
    </message>
    <message>
      <source>Water point type</source>
      <translation>Type de point d’eau</translation>
    </message>
    <message>
      <source>Power source</source>
      <translation>Source d’énergie</translation>
    </message>
    <message>
      <source>Pressure class</source>
      <translation>Classe de pression</translation>
    </message>
    <message>
      <source>Supply pressure</source>
      <translation>Pression d’alimentation</translation>
    </message>
    <message>
      <source>Price date</source>
      <translation>Date des prix</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Prix</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <source>Proposed by</source>
      <translation>Proposé par</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Raison</translation>
    </message>
    <message>
      <source>Reference 1 on the plan</source>
      <translation>Repère 1 sur le plan</translation>
    </message>
    <message>
      <source>Reference 1 in the image</source>
      <translation>Repère 1 dans l’image</translation>
    </message>
    <message>
      <source>Reference 2 on the plan</source>
      <translation>Repère 2 sur le plan</translation>
    </message>
    <message>
      <source>Reference 2 in the image</source>
      <translation>Repère 2 dans l’image</translation>
    </message>
    <message>
      <source>Roof</source>
      <translation>Toit</translation>
    </message>
    <message>
      <source>Roof material</source>
      <translation>Matériau du toit</translation>
    </message>
    <message>
      <source>Rooms</source>
      <translation>Pièces</translation>
    </message>
    <message>
      <source>Rotation</source>
      <translation>Rotation</translation>
    </message>
    <message>
      <source>Savings</source>
      <translation>Épargne</translation>
    </message>
    <message>
      <source>Seats for women</source>
      <translation>Places pour femmes</translation>
    </message>
    <message>
      <source>Seats for men</source>
      <translation>Places pour hommes</translation>
    </message>
    <message>
      <source>Seats for all</source>
      <translation>Places mixtes</translation>
    </message>
    <message>
      <source>Sewer type</source>
      <translation>Type d’égout</translation>
    </message>
    <message>
      <source>Household size</source>
      <translation>Taille du ménage</translation>
    </message>
    <message>
      <source>Soap at the handwashing point</source>
      <translation>Savon au point de lavage des mains</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Stages</source>
      <translation>Étapes</translation>
    </message>
    <message>
      <source>Stages built</source>
      <translation>Étapes construites</translation>
    </message>
    <message>
      <source>Service standards</source>
      <translation>Normes de service</translation>
    </message>
    <message>
      <source>Storage</source>
      <translation>Stockage</translation>
    </message>
    <message>
      <source>Storey height</source>
      <translation>Hauteur d’étage</translation>
    </message>
    <message>
      <source>Storeys</source>
      <translation>Niveaux</translation>
    </message>
    <message>
      <source>Who may use it</source>
      <translation>Qui peut l’utiliser</translation>
    </message>
    <message>
      <source>Supply hours</source>
      <translation>Heures de distribution</translation>
    </message>
    <message>
      <source>Surface</source>
      <translation>Revêtement</translation>
    </message>
    <message>
      <source>Taps</source>
      <translation>Robinets</translation>
    </message>
    <message>
      <source>Tenure</source>
      <translation>Statut foncier</translation>
    </message>
    <message>
      <source>Contour lines (GIS file)</source>
      <translation>Courbes de niveau (fichier SIG)</translation>
    </message>
    <message>
      <source>Terrain model (GeoTIFF)</source>
      <translation>Modèle de terrain (GeoTIFF)</translation>
    </message>
    <message>
      <source>Toilet type</source>
      <translation>Type de toilettes</translation>
    </message>
    <message>
      <source>Traffic</source>
      <translation>Trafic</translation>
    </message>
    <message>
      <source>Unit labels</source>
      <translation>Libellés des unités</translation>
    </message>
    <message>
      <source>Use</source>
      <translation>Usage</translation>
    </message>
    <message>
      <source>Values</source>
      <translation>Valeurs</translation>
    </message>
    <message>
      <source>Visible</source>
      <translation>Visible</translation>
    </message>
    <message>
      <source>Voting</source>
      <translation>Vote</translation>
    </message>
    <message>
      <source>Wall material</source>
      <translation>Matériau des murs</translation>
    </message>
    <message>
      <source>Walls</source>
      <translation>Murs</translation>
    </message>
    <message>
      <source>Width</source>
      <translation>Largeur</translation>
    </message>
    <message>
      <source>Width in pixels</source>
      <translation>Largeur en pixels</translation>
    </message>
    <message>
      <source>Willing to pay</source>
      <translation>Disposé à payer</translation>
    </message>
  </context>
  <context>
    <name>imagery</name>
    <message>
      <source>Images (*.tif *.tiff *.jp2 *.j2k *.vrt *.img *.png *.jpg *.jpeg)</source>
      <translation>Images (*.tif *.tiff *.jp2 *.j2k *.vrt *.img *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>Checking %1…</source>
      <translation>Vérification de %1…</translation>
    </message>
    <message>
      <source>%1 has no overviews: panning and zooming will be slow. Build them now (%1.ovr beside it)?</source>
      <translation>%1 n’a pas d’aperçus : le déplacement et le zoom seront lents. Les construire maintenant (%1.ovr à côté) ?</translation>
    </message>
    <message>
      <source>Build overviews?</source>
      <translation>Construire les aperçus ?</translation>
    </message>
    <message>
      <source>Building overviews of %1…</source>
      <translation>Construction des aperçus de %1…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>%1: overviews built</source>
      <translation>%1 : aperçus construits</translation>
    </message>
    <message>
      <source>%1: building overviews cancelled; nothing was written</source>
      <translation>%1 : construction des aperçus annulée ; rien n’a été écrit</translation>
    </message>
    <message>
      <source>Background image</source>
      <translation>Image de fond</translation>
    </message>
  </context>
  <context>
    <name>kinds</name>
    <message>
      <source>Plots</source>
      <translation>Parcelles</translation>
    </message>
    <message>
      <source>Hazard areas</source>
      <translation>Zones à risque</translation>
    </message>
    <message>
      <source>Paths and roads</source>
      <translation>Chemins et routes</translation>
    </message>
    <message>
      <source>Buildings</source>
      <translation>Bâtiments</translation>
    </message>
    <message>
      <source>New houses</source>
      <translation>Nouvelles maisons</translation>
    </message>
    <message>
      <source>Drains</source>
      <translation>Caniveaux</translation>
    </message>
    <message>
      <source>Sewers</source>
      <translation>Égouts</translation>
    </message>
    <message>
      <source>Water mains</source>
      <translation>Conduites d’eau</translation>
    </message>
    <message>
      <source>Water points</source>
      <translation>Points d’eau</translation>
    </message>
    <message>
      <source>Toilets</source>
      <translation>Toilettes</translation>
    </message>
    <message>
      <source>Manholes</source>
      <translation>Regards</translation>
    </message>
    <message>
      <source>Street lights</source>
      <translation>Lampadaires</translation>
    </message>
    <message>
      <source>City water supply</source>
      <translation>Alimentation en eau de la ville</translation>
    </message>
    <message>
      <source>Ground levels</source>
      <translation>Niveaux du sol</translation>
    </message>
    <message>
      <source>Demolitions</source>
      <translation>Démolitions</translation>
    </message>
    <message>
      <source>Relocations</source>
      <translation>Relogements</translation>
    </message>
    <message>
      <source>House improvements</source>
      <translation>Améliorations de logements</translation>
    </message>
    <message>
      <source>Option</source>
      <translation>Variante</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>Ménage</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Projet</translation>
    </message>
  </context>
  <context>
    <name>values</name>
    <message>
      <source>public</source>
      <translation>public</translation>
    </message>
    <message>
      <source>private</source>
      <translation>privé</translation>
    </message>
    <message>
      <source>functional</source>
      <translation>en état de marche</translation>
    </message>
    <message>
      <source>customers only</source>
      <translation>clients seulement</translation>
    </message>
    <message>
      <source>broken</source>
      <translation>en panne</translation>
    </message>
    <message>
      <source>ablution block</source>
      <translation>bloc sanitaire</translation>
    </message>
    <message>
      <source>asphalt</source>
      <translation>asphalte</translation>
    </message>
    <message>
      <source>block</source>
      <translation>parpaing</translation>
    </message>
    <message>
      <source>brick</source>
      <translation>brique</translation>
    </message>
    <message>
      <source>budget</source>
      <translation>budget</translation>
    </message>
    <message>
      <source>busy</source>
      <translation>dense</translation>
    </message>
    <message>
      <source>cement</source>
      <translation>ciment</translation>
    </message>
    <message>
      <source>communal</source>
      <translation>collectif</translation>
    </message>
    <message>
      <source>concrete</source>
      <translation>béton</translation>
    </message>
    <message>
      <source>condominial</source>
      <translation>condominial</translation>
    </message>
    <message>
      <source>conventional</source>
      <translation>conventionnel</translation>
    </message>
    <message>
      <source>covered</source>
      <translation>couvert</translation>
    </message>
    <message>
      <source>dumpsite</source>
      <translation>décharge</translation>
    </message>
    <message>
      <source>earth</source>
      <translation>terre</translation>
    </message>
    <message>
      <source>ecosan</source>
      <translation>écosan</translation>
    </message>
    <message>
      <source>female</source>
      <translation>femme</translation>
    </message>
    <message>
      <source>flood</source>
      <translation>inondation</translation>
    </message>
    <message>
      <source>flush to sewer</source>
      <translation>chasse vers l’égout</translation>
    </message>
    <message>
      <source>footbridge</source>
      <translation>passerelle</translation>
    </message>
    <message>
      <source>footpath</source>
      <translation>sentier</translation>
    </message>
    <message>
      <source>gravel</source>
      <translation>gravier</translation>
    </message>
    <message>
      <source>grid</source>
      <translation>réseau</translation>
    </message>
    <message>
      <source>hand pump</source>
      <translation>pompe à main</translation>
    </message>
    <message>
      <source>head above datum</source>
      <translation>charge au-dessus du niveau de référence</translation>
    </message>
    <message>
      <source>household</source>
      <translation>du ménage</translation>
    </message>
    <message>
      <source>improvement</source>
      <translation>amélioration</translation>
    </message>
    <message>
      <source>iron sheet</source>
      <translation>tôle</translation>
    </message>
    <message>
      <source>kiosk</source>
      <translation>kiosque</translation>
    </message>
    <message>
      <source>landslide</source>
      <translation>glissement de terrain</translation>
    </message>
    <message>
      <source>lane</source>
      <translation>ruelle</translation>
    </message>
    <message>
      <source>light</source>
      <translation>faible</translation>
    </message>
    <message>
      <source>male</source>
      <translation>homme</translation>
    </message>
    <message>
      <source>mud</source>
      <translation>terre crue</translation>
    </message>
    <message>
      <source>murram</source>
      <translation>latérite</translation>
    </message>
    <message>
      <source>new</source>
      <translation>neuf</translation>
    </message>
    <message>
      <source>open</source>
      <translation>ouvert</translation>
    </message>
    <message>
      <source>other</source>
      <translation>autre</translation>
    </message>
    <message>
      <source>owner</source>
      <translation>propriétaire</translation>
    </message>
    <message>
      <source>pavers</source>
      <translation>pavés</translation>
    </message>
    <message>
      <source>pedestrian</source>
      <translation>piétons</translation>
    </message>
    <message>
      <source>piped</source>
      <translation>canalisé</translation>
    </message>
    <message>
      <source>pit latrine</source>
      <translation>latrine à fosse</translation>
    </message>
    <message>
      <source>plastic</source>
      <translation>plastique</translation>
    </message>
    <message>
      <source>pour flush</source>
      <translation>chasse manuelle</translation>
    </message>
    <message>
      <source>power line</source>
      <translation>ligne électrique</translation>
    </message>
    <message>
      <source>pressure above ground</source>
      <translation>pression au-dessus du sol</translation>
    </message>
    <message>
      <source>railway</source>
      <translation>voie ferrée</translation>
    </message>
    <message>
      <source>ranking</source>
      <translation>classement</translation>
    </message>
    <message>
      <source>rent free</source>
      <translation>sans loyer</translation>
    </message>
    <message>
      <source>road</source>
      <translation>route</translation>
    </message>
    <message>
      <source>shared</source>
      <translation>partagé</translation>
    </message>
    <message>
      <source>single choice</source>
      <translation>choix unique</translation>
    </message>
    <message>
      <source>solar</source>
      <translation>solaire</translation>
    </message>
    <message>
      <source>standpipe</source>
      <translation>borne-fontaine</translation>
    </message>
    <message>
      <source>stone</source>
      <translation>pierre</translation>
    </message>
    <message>
      <source>structure owner</source>
      <translation>propriétaire de la construction</translation>
    </message>
    <message>
      <source>tank</source>
      <translation>réservoir</translation>
    </message>
    <message>
      <source>tenant</source>
      <translation>locataire</translation>
    </message>
    <message>
      <source>thatch</source>
      <translation>chaume</translation>
    </message>
    <message>
      <source>tile</source>
      <translation>carrelage ou tuile</translation>
    </message>
    <message>
      <source>timber</source>
      <translation>bois</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>inconnu</translation>
    </message>
    <message>
      <source>VIP latrine</source>
      <translation>latrine VIP</translation>
    </message>
    <message>
      <source>well</source>
      <translation>puits</translation>
    </message>
    <message>
      <source>yard tap</source>
      <translation>robinet dans la cour</translation>
    </message>
    <message>
      <source>zebra crossing</source>
      <translation>passage piéton</translation>
    </message>
  </context>
</TS>