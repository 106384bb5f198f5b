<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About Jamii</source>
      <translation>Sobre o Jamii</translation>
    </message>
    <message>
      <source>Co-design upgrades of informal settlements: plots, houses, paths, water, sanitation and lighting, with costs, funding and service standards.</source>
      <translation>Desenhar em conjunto a melhoria de assentamentos informais: lotes, casas, caminhos, água, saneamento e iluminação, com custos, financiamento e padrões de serviço.</translation>
    </message>
    <message>
      <source>Licence: GNU General Public License, version 3 or later.</source>
      <translation>Licença: GNU General Public License, versão 3 ou posterior.</translation>
    </message>
    <message>
      <source>Data sources</source>
      <translation>Fontes dos dados</translation>
    </message>
    <message>
      <source>Sample settlement “Mji wa Tumaini”: invented by the Jamii developers; no real people or places.</source>
      <translation>Assentamento de exemplo “Mji wa Tumaini”: inventado pelos programadores do Jamii; sem pessoas nem lugares reais.</translation>
    </message>
    <message>
      <source>Service standards: Sphere Handbook 2018, UNHCR WASH standards, WHO/UNICEF JMP service ladders, UN-Habitat slum household definition.</source>
      <translation>Padrões de serviço: Manual Esfera 2018, padrões WASH do ACNUR, escadas de serviço JMP OMS/UNICEF, definição de agregado de favela da ONU-Habitat.</translation>
    </message>
    <message>
      <source>Unit costs: the cost library named in the project; its rates are illustrative unless the library says otherwise.</source>
      <translation>Custos unitários: a biblioteca de custos indicada no projeto; os preços são ilustrativos, salvo indicação em contrário.</translation>
    </message>
    <message>
      <source>Icons: drawn for Jamii, released under the same licence as the program.</source>
      <translation>Ícones: desenhados para o Jamii, publicados sob a mesma licença do programa.</translation>
    </message>
    <message>
      <source>Built with</source>
      <translation>Feito com</translation>
    </message>
  </context>
  <context>
    <name>AccessDock</name>
    <message>
      <source>Access</source>
      <translation>Acesso</translation>
    </message>
    <message>
      <source>Find plots without access</source>
      <translation>Encontrar lotes sem acesso</translation>
    </message>
    <message>
      <source>Accept paths derived from the plots</source>
      <translation>Aceitar os caminhos deduzidos dos lotes</translation>
    </message>
    <message>
      <source>All blocks</source>
      <translation>Todas as quadras</translation>
    </message>
    <message>
      <source>Propose access paths</source>
      <translation>Propor caminhos de acesso</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>Cancelled: nothing was changed.</source>
      <translation>Cancelado: nada foi alterado.</translation>
    </message>
    <message>
      <source>%1 derived paths added to the existing conditions.</source>
      <translation>%1 caminhos deduzidos acrescentados à situação existente.</translation>
    </message>
    <message>
      <source>Access paths (proposed)</source>
      <translation>Caminhos de acesso (propostos)</translation>
    </message>
    <message>
      <source>Nothing to propose: every plot already faces public space or a path.</source>
      <translation>Nada a propor: cada lote já dá para o espaço público ou um caminho.</translation>
    </message>
    <message>
      <source>%1 m of new path (baseline %2 m), %3 buildings crossed.</source>
      <translation>%1 m de caminho novo (referência %2 m), %3 edifícios atravessados.</translation>
    </message>
    <message>
      <source>%1 plots cannot be reached along plot boundaries.</source>
      <translation>%1 lotes não podem ser alcançados ao longo dos limites dos lotes.</translation>
    </message>
    <message>
      <source>Block %1 (%2 without access)</source>
      <translation>Quadra %1 (%2 sem acesso)</translation>
    </message>
    <message>
      <source>Every plot reachable: %1 of %2. Interior plots: %3; highest block complexity k: %4. Blue: faces public space. Yellow: behind one plot. Red: deeper or enclosed.</source>
      <translation>Lotes alcançáveis: %1 de %2. Lotes interiores: %3; maior complexidade de quadra k: %4. Azul: dá para o espaço público. Amarelo: atrás de um lote. Vermelho: mais fundo ou encravado.</translation>
    </message>
    <message>
      <source>A stretcher can reach %1 plots.</source>
      <translation>Uma maca pode chegar a %1 lotes.</translation>
    </message>
  </context>
  <context>
    <name>Accessibility</name>
    <message>
      <source>Select all rows</source>
      <translation>Selecionar todas as linhas</translation>
    </message>
    <message>
      <source>More tools</source>
      <translation>Mais ferramentas</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>Something went wrong</source>
      <translation>Algo correu mal</translation>
    </message>
    <message>
      <source>Jamii met an unexpected problem: %1. A safety copy of your work has been saved.</source>
      <translation>O Jamii encontrou um problema inesperado: %1. Foi guardada uma cópia de segurança do seu trabalho.</translation>
    </message>
  </context>
  <context>
    <name>AssumptionsDialog</name>
    <message>
      <source>Costing assumptions</source>
      <translation>Pressupostos de custo</translation>
    </message>
    <message>
      <source>Leave a value empty to use the cost library's or Jamii's own. Other names: lifetime_years.&lt;bill&gt;, om_pct.&lt;bill&gt;, rule.&lt;kind&gt;.&lt;parameter&gt;.</source>
      <translation>Deixe um valor vazio para usar o da base de preços ou do Jamii. Outros nomes: lifetime_years.&lt;bill&gt;, om_pct.&lt;bill&gt;, rule.&lt;kind&gt;.&lt;parameter&gt;.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Valor</translation>
    </message>
    <message>
      <source>Meaning</source>
      <translation>Significado</translation>
    </message>
    <message>
      <source>Add a row</source>
      <translation>Adicionar uma linha</translation>
    </message>
  </context>
  <context>
    <name>BackgroundImageDialog</name>
    <message>
      <source>Background image</source>
      <translation>Imagem de fundo</translation>
    </message>
    <message>
      <source>Click two points on the image whose place on the plan you know.</source>
      <translation>Clique em dois pontos da imagem cujo lugar no plano conhece.</translation>
    </message>
    <message>
      <source>Point %1, %2 on the plan</source>
      <translation>Ponto %1, %2 no plano</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg *.tif *.tiff)</source>
      <translation>Imagens (*.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
      <source>%1 is not an image Jamii can read</source>
      <translation>%1 não é uma imagem que o Jamii consiga ler</translation>
    </message>
  </context>
  <context>
    <name>Bills</name>
    <message>
      <source>Preliminaries</source>
      <translation>Preliminares</translation>
    </message>
    <message>
      <source>Site clearance, demolition and earthworks</source>
      <translation>Limpeza do terreno, demolição e terraplenagem</translation>
    </message>
    <message>
      <source>Housing: substructure</source>
      <translation>Habitação: fundações</translation>
    </message>
    <message>
      <source>Housing: superstructure</source>
      <translation>Habitação: superestrutura</translation>
    </message>
    <message>
      <source>Roads and footpaths</source>
      <translation>Estradas e caminhos pedonais</translation>
    </message>
    <message>
      <source>Storm drainage</source>
      <translation>Drenagem pluvial</translation>
    </message>
    <message>
      <source>Water supply</source>
      <translation>Abastecimento de água</translation>
    </message>
    <message>
      <source>Sanitation</source>
      <translation>Saneamento</translation>
    </message>
    <message>
      <source>Street lighting</source>
      <translation>Iluminação pública</translation>
    </message>
    <message>
      <source>External works and community facilities</source>
      <translation>Obras exteriores e equipamentos comunitários</translation>
    </message>
    <message>
      <source>Provisional and PC sums</source>
      <translation>Somas provisórias</translation>
    </message>
    <message>
      <source>Dayworks</source>
      <translation>Trabalhos por administração</translation>
    </message>
    <message>
      <source>Contingency</source>
      <translation>Imprevistos</translation>
    </message>
  </context>
  <context>
    <name>CompareCardsPage</name>
    <message>
      <source>Working out each option…</source>
      <translation>A calcular cada opção…</translation>
    </message>
    <message>
      <source>No options yet: draw one first.</source>
      <translation>Ainda não há opções: desenhe uma primeiro.</translation>
    </message>
    <message>
      <source>Each household pays &lt;b&gt;%1&lt;/b&gt;.</source>
      <translation>Cada agregado paga &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
      <source>The cheapest option.</source>
      <translation>A opção mais barata.</translation>
    </message>
    <message>
      <source>&lt;b&gt;%1 more&lt;/b&gt; than the cheapest.</source>
      <translation>&lt;b&gt;mais %1&lt;/b&gt; do que a mais barata.</translation>
    </message>
    <message>
      <source>About %1 a month.</source>
      <translation>Cerca de %1 por mês.</translation>
    </message>
    <message>
      <source>Water and a toilet within reach: &lt;b&gt;%1 of %2&lt;/b&gt; households (today cannot be told).</source>
      <translation>Água e sanita ao alcance: &lt;b&gt;%1 de %2&lt;/b&gt; agregados (hoje não se pode saber).</translation>
    </message>
    <message>
      <source>Water and a toilet within reach: &lt;b&gt;%1 of %2&lt;/b&gt; households (%3 more than today).</source>
      <translation>Água e sanita ao alcance: &lt;b&gt;%1 de %2&lt;/b&gt; agregados (mais %3 do que hoje).</translation>
    </message>
    <message>
      <source>Households assumed: one per home plot, no survey yet.</source>
      <translation>Agregados supostos: um por lote de habitação, ainda sem inquérito.</translation>
    </message>
    <message>
      <source>Houses taken down or moved: &lt;b&gt;%1&lt;/b&gt;.</source>
      <translation>Casas demolidas ou mudadas: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
  </context>
  <context>
    <name>ComparisonDock</name>
    <message>
      <source>Comparison</source>
      <translation>Comparação</translation>
    </message>
    <message>
      <source>Option</source>
      <translation>Opção</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Per household</source>
      <translation>Por agregado</translation>
    </message>
    <message>
      <source>Monthly repayment</source>
      <translation>Prestação mensal</translation>
    </message>
    <message>
      <source>Households sharing the cost</source>
      <translation>Agregados que partilham o custo</translation>
    </message>
    <message>
      <source>Households served</source>
      <translation>Agregados servidos</translation>
    </message>
    <message>
      <source>incomplete: {n} items unpriced</source>
      <translation>incompleto: {n} itens sem preço</translation>
    </message>
    <message>
      <source>not drawn: cannot be told</source>
      <translation>não desenhado: não se pode saber</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 de %2</translation>
    </message>
  </context>
  <context>
    <name>CoordinateEntry</name>
    <message>
      <source>Point or length:</source>
      <translation>Ponto ou comprimento:</translation>
    </message>
    <message>
      <source>12.5, 30 · @5&lt;90 · length 5 · rotate 30</source>
      <translation>12.5, 30 · @5&lt;90 · length 5 · rotate 30</translation>
    </message>
    <message>
      <source>Draw with the keyboard (Ctrl+L). x, y: a point in metres (12.5, 30). @dx, dy: that far from the last point. @length&lt;angle: that far at an angle (degrees from east, 90 = north). length 5: on in the same direction. Enter on an empty line finishes; Esc cancels. With a selection: @dx, dy or @length&lt;angle moves it, rotate 30 turns it (degrees, anticlockwise); with a corner picked (Vertex tool), x, y moves the corner.</source>
      <translation>Desenhar com o teclado (Ctrl+L). x, y: um ponto em metros (12.5, 30). @dx, dy: a essa distância do último ponto. @comprimento&lt;ângulo: a essa distância segundo um ângulo (graus a partir de leste, 90 = norte). length 5: continuar na mesma direção. Enter numa linha vazia termina; Esc cancela. Com uma seleção: @dx, dy ou @comprimento&lt;ângulo move-a, rotate 30 roda-a (graus, sentido anti-horário); com um vértice escolhido (ferramenta Vértices), x, y move esse vértice.</translation>
    </message>
    <message>
      <source>Type a point or a length</source>
      <translation>Escrever um ponto ou um comprimento</translation>
    </message>
    <message>
      <source>Finished</source>
      <translation>Terminado</translation>
    </message>
    <message>
      <source>Moved by %1 m east, %2 m north</source>
      <translation>Movido %1 m para leste, %2 m para norte</translation>
    </message>
    <message>
      <source>Turned by %1°</source>
      <translation>Rodado %1°</translation>
    </message>
    <message>
      <source>Corner moved to x %1 m, y %2 m</source>
      <translation>Vértice movido para x %1 m, y %2 m</translation>
    </message>
    <message>
      <source>Point at x %1 m, y %2 m</source>
      <translation>Ponto em x %1 m, y %2 m</translation>
    </message>
    <message>
      <source>%1: the length must be a positive number of metres</source>
      <translation>%1: o comprimento deve ser um número positivo de metros</translation>
    </message>
    <message>
      <source>Type a first point as x, y (for example 12.5, 30) before an @ or a length</source>
      <translation>Escreva primeiro um ponto x, y (por exemplo 12.5, 30) antes de um @ ou de um comprimento</translation>
    </message>
    <message>
      <source>Choose a drawing tool first</source>
      <translation>Escolha primeiro uma ferramenta de desenho</translation>
    </message>
    <message>
      <source>%1: type the turn as a non-zero number of degrees (rotate 30)</source>
      <translation>%1: escreva a rotação em graus, um número diferente de zero (rotate 30)</translation>
    </message>
    <message>
      <source>Select what to move or rotate first (with the Select tool)</source>
      <translation>Selecione primeiro o que mover ou rodar (ferramenta Selecionar)</translation>
    </message>
    <message>
      <source>%1: to move, type @dx, dy (@5, 0) or @length&lt;angle (@5&lt;90)</source>
      <translation>%1: para mover, escreva @dx, dy (@5, 0) ou @comprimento&lt;ângulo (@5&lt;90)</translation>
    </message>
    <message>
      <source>Not understood: %1. Type x, y (12.5, 30), @dx, dy (@5, 0), @length&lt;angle (@5&lt;90) or a length (length 5)</source>
      <translation>Não compreendido: %1. Escreva x, y (12.5, 30), @dx, dy (@5, 0), @comprimento&lt;ângulo (@5&lt;90) ou um comprimento (length 5)</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Cancelado</translation>
    </message>
  </context>
  <context>
    <name>CorrectBallotDialog</name>
    <message>
      <source>Correct a ballot</source>
      <translation>Corrigir um boletim</translation>
    </message>
    <message>
      <source>Void this ballot (it is not counted)</source>
      <translation>Anular este boletim (não é contado)</translation>
    </message>
    <message>
      <source>Count these choices instead:</source>
      <translation>Contar estas escolhas em vez disso:</translation>
    </message>
    <message>
      <source>Choices to count instead</source>
      <translation>Escolhas a contar em vez disso</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <source>Why (e.g. pressed the wrong picture)</source>
      <translation>Porquê (p. ex. carregou na imagem errada)</translation>
    </message>
    <message>
      <source>Ballot</source>
      <translation>Boletim</translation>
    </message>
    <message>
      <source>Reason (recorded with the correction)</source>
      <translation>Motivo (registado com a correção)</translation>
    </message>
    <message>
      <source>woman</source>
      <translation>mulher</translation>
    </message>
    <message>
      <source>man</source>
      <translation>homem</translation>
    </message>
    <message>
      <source>other</source>
      <translation>outro</translation>
    </message>
    <message>
      <source>Cast ballots</source>
      <translation>Boletins depositados</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>desconhecido</translation>
    </message>
    <message>
      <source>voided</source>
      <translation>anulado</translation>
    </message>
    <message>
      <source>corrected</source>
      <translation>corrigido</translation>
    </message>
    <message>
      <source>Choose the ballot to correct.</source>
      <translation>Escolha o boletim a corrigir.</translation>
    </message>
    <message>
      <source>Say why the ballot is corrected.</source>
      <translation>Diga porque o boletim é corrigido.</translation>
    </message>
    <message>
      <source>Tick the choices to count instead.</source>
      <translation>Marque as escolhas a contar em vez disso.</translation>
    </message>
    <message>
      <source>A single-choice ballot has exactly one choice.</source>
      <translation>Um boletim de escolha única tem exatamente uma escolha.</translation>
    </message>
  </context>
  <context>
    <name>CostsDock</name>
    <message>
      <source>unknown</source>
      <translation>desconhecido</translation>
    </message>
    <message>
      <source>Costs</source>
      <translation>Custos</translation>
    </message>
    <message>
      <source>Households with water and a toilet within the standard's walking distance, along the paths</source>
      <translation>Agregados com água e sanita dentro da distância a pé da norma, pelos caminhos</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Per household</source>
      <translation>Por agregado</translation>
    </message>
    <message>
      <source>Monthly repayment</source>
      <translation>Prestação mensal</translation>
    </message>
    <message>
      <source>Households sharing the cost</source>
      <translation>Agregados que partilham o custo</translation>
    </message>
    <message>
      <source>Households served</source>
      <translation>Agregados servidos</translation>
    </message>
    <message>
      <source>Bill</source>
      <translation>Capítulo</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Montante</translation>
    </message>
    <message>
      <source>Choose an option to see what it costs.</source>
      <translation>Escolha uma opção para ver quanto custa.</translation>
    </message>
    <message>
      <source>computing…</source>
      <translation>a calcular…</translation>
    </message>
    <message>
      <source>Costs are not available: %1</source>
      <translation>Custos indisponíveis: %1</translation>
    </message>
    <message>
      <source>incomplete: {n} items unpriced</source>
      <translation>incompleto: {n} itens sem preço</translation>
    </message>
    <message>
      <source>The cost library has no price for some items: the cost is not known until they are priced.</source>
      <translation>A base de preços não tem preço para alguns itens: o custo é desconhecido até terem preço.</translation>
    </message>
    <message>
      <source>%1 (assumed: no survey yet)</source>
      <translation>%1 (supostos: ainda sem inquérito)</translation>
    </message>
    <message>
      <source>not drawn: cannot be told</source>
      <translation>não desenhado: não se pode saber</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 de %2</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>DXF drawing…</source>
      <translation>Desenho DXF…</translation>
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
      <translation>Mapa de quantidades (PDF)…</translation>
    </message>
    <message>
      <source>Bill of quantities (XLSX)…</source>
      <translation>Mapa de quantidades (XLSX)…</translation>
    </message>
    <message>
      <source>Bill of quantities (CSV)…</source>
      <translation>Mapa de quantidades (CSV)…</translation>
    </message>
    <message>
      <source>Plan sheet (PDF)…</source>
      <translation>Folha de planta (PDF)…</translation>
    </message>
    <message>
      <source>Workshop poster (PDF)…</source>
      <translation>Cartaz da oficina (PDF)…</translation>
    </message>
    <message>
      <source>House plans (DXF)…</source>
      <translation>Plantas das casas (DXF)…</translation>
    </message>
    <message>
      <source>House sheets (PDF)…</source>
      <translation>Fichas das casas (PDF)…</translation>
    </message>
    <message>
      <source>Export %1</source>
      <translation>Exportar %1</translation>
    </message>
    <message>
      <source>Existing conditions</source>
      <translation>Situação atual</translation>
    </message>
    <message>
      <source>All options on one drawing</source>
      <translation>Todas as opções num só desenho</translation>
    </message>
    <message>
      <source>What</source>
      <translation>O quê</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Procurar…</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Ficheiro</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exportar</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>A exportar…</translation>
    </message>
    <message>
      <source>Exported %1</source>
      <translation>%1 exportado</translation>
    </message>
    <message>
      <source>Not exported: %1</source>
      <translation>Não exportado: %1</translation>
    </message>
    <message>
      <source>Exported %1 (it was finished before Cancel)</source>
      <translation>%1 exportado (a exportação terminou antes de cancelar)</translation>
    </message>
    <message>
      <source>Export cancelled: %1 was not written</source>
      <translation>Exportação cancelada: %1 não foi escrito</translation>
    </message>
  </context>
  <context>
    <name>GuidedTour</name>
    <message>
      <source>Back</source>
      <translation>Voltar</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Seguinte</translation>
    </message>
    <message>
      <source>Skip the tour</source>
      <translation>Saltar a visita</translation>
    </message>
    <message>
      <source>Open the sample</source>
      <translation>Abrir o exemplo</translation>
    </message>
    <message>
      <source>Start with the sample settlement: it opens as a copy, so you can try everything. Later, start from your own settlement's survey, GIS or DXF data here.</source>
      <translation>Comece pelo bairro de exemplo: abre como cópia, por isso pode experimentar tudo. Depois, comece aqui pelos dados do seu bairro (levantamento, SIG ou DXF).</translation>
    </message>
    <message>
      <source>The tools</source>
      <translation>As ferramentas</translation>
    </message>
    <message>
      <source>Select, draw plots, houses and paths, lay water pipes, add taps, toilets and lights. Each tool has a key; hover over a tool to see it.</source>
      <translation>Selecionar, desenhar lotes, casas e caminhos, instalar condutas de água, juntar torneiras, sanitários e candeeiros. Cada ferramenta tem uma tecla; passe o rato por cima para a ver.</translation>
    </message>
    <message>
      <source>Draw a tap</source>
      <translation>Desenhar uma torneira</translation>
    </message>
    <message>
      <source>Choose an option in the Options panel, pick the tap, and click where it goes on the plan. Or type its position, such as 12.5, 30, and press Enter.</source>
      <translation>Escolha uma opção no painel Opções, pegue na torneira e clique onde ela fica no plano. Ou escreva a sua posição, por exemplo 12.5, 30, e prima Enter.</translation>
    </message>
    <message>
      <source>What it costs</source>
      <translation>Quanto custa</translation>
    </message>
    <message>
      <source>The Costs panel follows your drawing: the total, what each household pays and about how much a month.</source>
      <translation>O painel Custos acompanha o seu desenho: o total, quanto paga cada agregado e cerca de quanto por mês.</translation>
    </message>
    <message>
      <source>Compare the options</source>
      <translation>Comparar as opções</translation>
    </message>
    <message>
      <source>Every option side by side: cost per household, and who gets water and a toilet within reach.</source>
      <translation>Todas as opções lado a lado: o custo por agregado, e quem fica com água e sanitário ao alcance.</translation>
    </message>
    <message>
      <source>Workshop mode</source>
      <translation>Modo oficina</translation>
    </message>
    <message>
      <source>For the meeting with residents (F9): big pictures and plain words on the projector, the options as cards, and the vote.</source>
      <translation>Para a reunião com os moradores (F9): imagens grandes e palavras simples no projetor, as opções em cartões, e a votação.</translation>
    </message>
    <message>
      <source>Help is here</source>
      <translation>A ajuda está aqui</translation>
    </message>
    <message>
      <source>Read the user guide (F1) or take this tour again from the Help menu.</source>
      <translation>Leia o guia do utilizador (F1) ou faça esta visita de novo a partir do menu Ajuda.</translation>
    </message>
    <message>
      <source>Step %1 of %2</source>
      <translation>Passo %1 de %2</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>Terminar</translation>
    </message>
  </context>
  <context>
    <name>HistoryDock</name>
    <message>
      <source>History</source>
      <translation>Histórico</translation>
    </message>
    <message>
      <source>&lt;opened&gt;</source>
      <translation>&lt;aberto&gt;</translation>
    </message>
  </context>
  <context>
    <name>HoursEditor</name>
    <message>
      <source>Supply hours are needed: type 00:00-24:00 for a supply that never stops</source>
      <translation>As horas de abastecimento são necessárias: escreva 00:00-24:00 para um abastecimento contínuo</translation>
    </message>
    <message>
      <source>No hours given</source>
      <translation>Nenhum horário indicado</translation>
    </message>
    <message>
      <source>“%1” is not within the day (00:00 to 24:00)</source>
      <translation>“%1” não está dentro do dia (00:00 a 24:00)</translation>
    </message>
    <message>
      <source>“%1” is not a time window such as 06:00-10:00</source>
      <translation>“%1” não é um intervalo horário como 06:00-10:00</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>desconhecido</translation>
    </message>
    <message>
      <source>Type the hours as 06:00-10:00, 16:00-20:00</source>
      <translation>Escreva as horas assim: 06:00-10:00, 16:00-20:00</translation>
    </message>
    <message>
      <source>24 h</source>
      <translation>24 h</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Desconhecido</translation>
    </message>
    <message>
      <source>hours unknown</source>
      <translation>horário desconhecido</translation>
    </message>
    <message>
      <source>%1 h a day</source>
      <translation>%1 h por dia</translation>
    </message>
  </context>
  <context>
    <name>HouseEditing</name>
    <message>
      <source>A house type needs at least one room.</source>
      <translation>Um tipo de casa precisa de pelo menos uma divisão.</translation>
    </message>
    <message>
      <source>Click on a wall to put a door or window in it.</source>
      <translation>Clique numa parede para lhe pôr uma porta ou janela.</translation>
    </message>
  </context>
  <context>
    <name>HouseEditorDialog</name>
    <message>
      <source>House type: %1</source>
      <translation>Tipo de casa: %1</translation>
    </message>
    <message>
      <source>Room %1</source>
      <translation>Divisão %1</translation>
    </message>
    <message>
      <source>Stage %1</source>
      <translation>Fase %1</translation>
    </message>
    <message>
      <source>Select</source>
      <translation>Escolher</translation>
    </message>
    <message>
      <source>Room</source>
      <translation>Divisão</translation>
    </message>
    <message>
      <source>Door</source>
      <translation>Porta</translation>
    </message>
    <message>
      <source>Window</source>
      <translation>Janela</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>House type</source>
      <translation>Tipo de casa</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <source>Grid</source>
      <translation>Grelha</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Piso</translation>
    </message>
    <message>
      <source>Stages</source>
      <translation>Fases</translation>
    </message>
    <message>
      <source>Show and draw stage</source>
      <translation>Mostrar e desenhar a fase</translation>
    </message>
    <message>
      <source>Stage name</source>
      <translation>Nome da fase</translation>
    </message>
    <message>
      <source>Built by</source>
      <translation>Construído por</translation>
    </message>
    <message>
      <source>Add a stage</source>
      <translation>Adicionar uma fase</translation>
    </message>
    <message>
      <source>Selected room or opening</source>
      <translation>Divisão ou abertura selecionada</translation>
    </message>
    <message>
      <source>Room name</source>
      <translation>Nome da divisão</translation>
    </message>
    <message>
      <source>Use</source>
      <translation>Uso</translation>
    </message>
    <message>
      <source>Built in stage</source>
      <translation>Construído na fase</translation>
    </message>
    <message>
      <source>Opening width</source>
      <translation>Largura da abertura</translation>
    </message>
    <message>
      <source>Opening height</source>
      <translation>Altura da abertura</translation>
    </message>
    <message>
      <source>Live check</source>
      <translation>Verificação em direto</translation>
    </message>
    <message>
      <source>Persons</source>
      <translation>Pessoas</translation>
    </message>
    <message>
      <source>Save as TOML…</source>
      <translation>Guardar como TOML…</translation>
    </message>
    <message>
      <source>no plot</source>
      <translation>sem lote</translation>
    </message>
    <message>
      <source>Up to stage %1: %2 m² floor, %3 m² per person, plot coverage %4</source>
      <translation>Até à fase %1: %2 m² de pavimento, %3 m² por pessoa, ocupação do lote %4</translation>
    </message>
    <message>
      <source>Saved %1</source>
      <translation>%1 guardado</translation>
    </message>
    <message>
      <source>Save house type</source>
      <translation>Guardar tipo de casa</translation>
    </message>
  </context>
  <context>
    <name>HouseTypesDialog</name>
    <message>
      <source>House types</source>
      <translation>Tipos de casa</translation>
    </message>
    <message>
      <source>The project's house types first, then the library's.</source>
      <translation>Primeiro os tipos de casa do projeto, depois os da biblioteca.</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <source>in this project</source>
      <translation>neste projeto</translation>
    </message>
    <message>
      <source>your library</source>
      <translation>a sua biblioteca</translation>
    </message>
    <message>
      <source>shipped with Jamii</source>
      <translation>incluído no Jamii</translation>
    </message>
  </context>
  <context>
    <name>HouseholdImportDialog</name>
    <message>
      <source>Import households</source>
      <translation>Importar agregados</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Escolher ficheiro…</translation>
    </message>
    <message>
      <source>XLSForm (optional)</source>
      <translation>XLSForm (opcional)</translation>
    </message>
    <message>
      <source>Choose form…</source>
      <translation>Escolher o formulário…</translation>
    </message>
    <message>
      <source>Names, phone numbers and free text are personal already; never exported</source>
      <translation>Nomes, números de telefone e texto livre já são pessoais; nunca exportados</translation>
    </message>
    <message>
      <source>Household field</source>
      <translation>Campo do agregado</translation>
    </message>
    <message>
      <source>Column in the file</source>
      <translation>Coluna do ficheiro</translation>
    </message>
    <message>
      <source>Report GPS points less precise than</source>
      <translation>Assinalar pontos GPS menos precisos que</translation>
    </message>
    <message>
      <source>Also personal (questions, comma-separated)</source>
      <translation>Também pessoais (perguntas, separadas por vírgulas)</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importar</translation>
    </message>
    <message>
      <source>Survey export</source>
      <translation>Exportação de inquérito</translation>
    </message>
    <message>
      <source>Survey exports (*.csv *.xlsx *.zip);;All files (*)</source>
      <translation>Exportações de inquérito (*.csv *.xlsx *.zip);;Todos os ficheiros (*)</translation>
    </message>
    <message>
      <source>XLSForm</source>
      <translation>XLSForm</translation>
    </message>
    <message>
      <source>XLSForms (*.xlsx *.xls);;All files (*)</source>
      <translation>XLSForms (*.xlsx *.xls);;Todos os ficheiros (*)</translation>
    </message>
    <message>
      <source>— not imported —</source>
      <translation>— não importado —</translation>
    </message>
    <message>
      <source>plain table</source>
      <translation>tabela simples</translation>
    </message>
    <message>
      <source>{kind} export, {rows} rows</source>
      <translation>exportação {kind}, {rows} linhas</translation>
    </message>
    <message>
      <source>; repeats: {names}</source>
      <translation>; repetidos: {names}</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Linha</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problema</translation>
    </message>
  </context>
  <context>
    <name>Households</name>
    <message>
      <source>Household</source>
      <translation>Agregado</translation>
    </message>
    <message>
      <source>Plot</source>
      <translation>Lote</translation>
    </message>
    <message>
      <source>Persons</source>
      <translation>Pessoas</translation>
    </message>
    <message>
      <source>Children</source>
      <translation>Crianças</translation>
    </message>
    <message>
      <source>Head</source>
      <translation>Chefe do agregado</translation>
    </message>
    <message>
      <source>Tenure</source>
      <translation>Posse</translation>
    </message>
    <message>
      <source>Savings group</source>
      <translation>Grupo de poupança</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>Saldo</translation>
    </message>
    <message>
      <source>Saves / month</source>
      <translation>Poupa / mês</translation>
    </message>
    <message>
      <source>Survey answers</source>
      <translation>Respostas ao inquérito</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefone</translation>
    </message>
    <message>
      <source>Households</source>
      <translation>Agregados</translation>
    </message>
  </context>
  <context>
    <name>HouseholdsHost</name>
    <message>
      <source>Households</source>
      <translation>Agregados</translation>
    </message>
  </context>
  <context>
    <name>HouseholdsPanel</name>
    <message>
      <source>Filter: plot, household, group… or question=answer</source>
      <translation>Filtrar: lote, agregado, grupo… ou pergunta=resposta</translation>
    </message>
    <message>
      <source>Without plot</source>
      <translation>Sem lote</translation>
    </message>
    <message>
      <source>Show names</source>
      <translation>Mostrar nomes</translation>
    </message>
    <message>
      <source>Names and phone numbers stay in the project file; hide them on a projector</source>
      <translation>Nomes e telefones ficam no ficheiro do projeto; esconda-os no projetor</translation>
    </message>
    <message>
      <source>Place on a plot</source>
      <translation>Colocar num lote</translation>
    </message>
    <message>
      <source>Select a household, press this, then click its plot on the plan</source>
      <translation>Selecione um agregado, carregue aqui e depois clique no seu lote na planta</translation>
    </message>
    <message>
      <source>{shown} of {total} households · {persons} persons</source>
      <translation>{shown} de {total} agregados · {persons} pessoas</translation>
    </message>
    <message>
      <source>{n} not placed on a plot</source>
      <translation>{n} sem lote</translation>
    </message>
  </context>
  <context>
    <name>ImageryDialog</name>
    <message>
      <source>Imagery layers</source>
      <translation>Camadas de imagem</translation>
    </message>
    <message>
      <source>YYYY-MM-DD, empty when not known</source>
      <translation>AAAA-MM-DD, vazio se desconhecida</translation>
    </message>
    <message>
      <source>Shown</source>
      <translation>Visível</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <source>Date taken</source>
      <translation>Data da captura</translation>
    </message>
    <message>
      <source>Opacity</source>
      <translation>Opacidade</translation>
    </message>
    <message>
      <source>Brightness</source>
      <translation>Brilho</translation>
    </message>
    <message>
      <source>Contrast</source>
      <translation>Contraste</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Mover para cima</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Mover para baixo</translation>
    </message>
    <message>
      <source>Re-link…</source>
      <translation>Voltar a ligar…</translation>
    </message>
    <message>
      <source>Build overviews…</source>
      <translation>Construir visões gerais…</translation>
    </message>
    <message>
      <source> (file missing)</source>
      <translation> (ficheiro em falta)</translation>
    </message>
    <message>
      <source> (file changed)</source>
      <translation> (ficheiro alterado)</translation>
    </message>
    <message>
      <source>No imagery layers: add one with File ▸ Import ▸ Background image.</source>
      <translation>Nenhuma camada de imagem: adicione uma com Ficheiro ▸ Importar ▸ Imagem de fundo.</translation>
    </message>
    <message>
      <source>Re-link</source>
      <translation>Voltar a ligar</translation>
    </message>
  </context>
  <context>
    <name>ItemMappingDialog</name>
    <message>
      <source>Map cost-library items</source>
      <translation>Correspondência dos itens da base de preços</translation>
    </message>
    <message>
      <source>For each Jamii item, the item of cost library {name} that prices it. Where the units differ, give the conversion factor (library units per Jamii unit): the bill prints it. An item left empty stays unpriced if the library lacks it.</source>
      <translation>Para cada item Jamii, o item da base de preços {name} que o orça. Se as unidades diferirem, indique o fator de conversão (unidades da base por unidade Jamii): o orçamento imprime-o. Um item deixado vazio fica sem preço se a base não o tiver.</translation>
    </message>
    <message>
      <source>Show items containing…</source>
      <translation>Mostrar os itens que contêm…</translation>
    </message>
    <message>
      <source>Jamii item</source>
      <translation>Item Jamii</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unidade</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Descrição</translation>
    </message>
    <message>
      <source>Library item</source>
      <translation>Item da base</translation>
    </message>
    <message>
      <source>Library unit</source>
      <translation>Unidade da base</translation>
    </message>
    <message>
      <source>Factor</source>
      <translation>Fator</translation>
    </message>
    <message>
      <source>Unit check</source>
      <translation>Verificação das unidades</translation>
    </message>
    <message>
      <source>also write a mapping file (.toml), optional</source>
      <translation>escrever também um ficheiro de correspondência (.toml), opcional</translation>
    </message>
    <message>
      <source>Mapping file…</source>
      <translation>Ficheiro de correspondência…</translation>
    </message>
    <message>
      <source>the factor is not a number greater than 0</source>
      <translation>o fator não é um número maior que 0</translation>
    </message>
    <message>
      <source>priced by the library's own item {code}</source>
      <translation>orçado pelo próprio item {code} da base</translation>
    </message>
    <message>
      <source>not mapped: the line stays unpriced</source>
      <translation>sem correspondência: a linha fica sem preço</translation>
    </message>
    <message>
      <source>no item {code} in this library</source>
      <translation>não há item {code} nesta base</translation>
    </message>
    <message>
      <source>same unit</source>
      <translation>mesma unidade</translation>
    </message>
    <message>
      <source>a quantity in {unit} cannot take a rate per {target}: give a factor ({target} per {unit})</source>
      <translation>uma quantidade em {unit} não pode ter um preço por {target}: indique um fator ({target} por {unit})</translation>
    </message>
    <message>
      <source>1 {unit} = {factor} {target} (shown on the bill)</source>
      <translation>1 {unit} = {factor} {target} (indicado no orçamento)</translation>
    </message>
    <message>
      <source>{n} item(s) fail the unit check: Save stays off until they are fixed.</source>
      <translation>{n} item(ns) falham a verificação das unidades: Guardar fica desativado até serem corrigidos.</translation>
    </message>
    <message>
      <source>Mapping file</source>
      <translation>Ficheiro de correspondência</translation>
    </message>
    <message>
      <source>Mapping file (*.toml)</source>
      <translation>Ficheiro de correspondência (*.toml)</translation>
    </message>
  </context>
  <context>
    <name>LayersDock</name>
    <message>
      <source>Layers</source>
      <translation>Camadas</translation>
    </message>
    <message>
      <source>Layer</source>
      <translation>Camada</translation>
    </message>
    <message>
      <source>Locked</source>
      <translation>Bloqueada</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Compare</source>
      <translation>Comparar</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>&amp;Novo</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Abrir…</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Guardar</translation>
    </message>
    <message>
      <source>Save &amp;As…</source>
      <translation>Guardar &amp;como…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Sair</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Eliminar</translation>
    </message>
    <message>
      <source>Select &amp;All</source>
      <translation>Selecionar &amp;tudo</translation>
    </message>
    <message>
      <source>&amp;Preferences…</source>
      <translation>&amp;Preferências…</translation>
    </message>
    <message>
      <source>Zoom &amp;In</source>
      <translation>&amp;Aproximar</translation>
    </message>
    <message>
      <source>Zoom &amp;Out</source>
      <translation>A&amp;fastar</translation>
    </message>
    <message>
      <source>&amp;Whole Plan</source>
      <translation>&amp;Plano inteiro</translation>
    </message>
    <message>
      <source>&amp;Workshop Mode</source>
      <translation>Modo &amp;oficina</translation>
    </message>
    <message>
      <source>&amp;Full Screen</source>
      <translation>&amp;Ecrã inteiro</translation>
    </message>
    <message>
      <source>Workshop</source>
      <translation>Oficina</translation>
    </message>
    <message>
      <source>Switch workshop mode on or off (F9)</source>
      <translation>Ligar ou desligar o modo oficina (F9)</translation>
    </message>
    <message>
      <source>Whole plan</source>
      <translation>Plano inteiro</translation>
    </message>
    <message>
      <source>&amp;About Jamii</source>
      <translation>&amp;Sobre o Jamii</translation>
    </message>
    <message>
      <source>House &amp;types…</source>
      <translation>&amp;Tipos de casa…</translation>
    </message>
    <message>
      <source>Add an &amp;item by hand…</source>
      <translation>Adicionar um &amp;item à mão…</translation>
    </message>
    <message>
      <source>Add a priced item that is not drawn (a quote, a notice board) to the shown option's bill</source>
      <translation>Adicionar ao orçamento da opção mostrada um item com preço que não está desenhado (um orçamento, um quadro de avisos)</translation>
    </message>
    <message>
      <source>Costing &amp;assumptions…</source>
      <translation>&amp;Pressupostos de custo…</translation>
    </message>
    <message>
      <source>&amp;Map cost-library items…</source>
      <translation>&amp;Correspondência dos itens da base de preços…</translation>
    </message>
    <message>
      <source>Choose which item of the project's cost library prices each Jamii item, with the unit check</source>
      <translation>Escolher que item da base de preços do projeto orça cada item Jamii, com a verificação das unidades</translation>
    </message>
    <message>
      <source>House types</source>
      <translation>Tipos de casa</translation>
    </message>
    <message>
      <source>Draw and edit the project's house types, room by room</source>
      <translation>Desenhar e editar os tipos de casa do projeto, divisão a divisão</translation>
    </message>
    <message>
      <source>Select and move</source>
      <translation>Selecionar e mover</translation>
    </message>
    <message>
      <source>Rotate</source>
      <translation>Rodar</translation>
    </message>
    <message>
      <source>Edit corners</source>
      <translation>Editar vértices</translation>
    </message>
    <message>
      <source>Draw plot</source>
      <translation>Desenhar lote</translation>
    </message>
    <message>
      <source>Draw building (rectangle)</source>
      <translation>Desenhar edifício (retângulo)</translation>
    </message>
    <message>
      <source>Draw building (outline)</source>
      <translation>Desenhar edifício (contorno)</translation>
    </message>
    <message>
      <source>Draw hazard area</source>
      <translation>Desenhar zona de risco</translation>
    </message>
    <message>
      <source>Draw path or road</source>
      <translation>Desenhar caminho ou estrada</translation>
    </message>
    <message>
      <source>Draw water main</source>
      <translation>Desenhar conduta de água</translation>
    </message>
    <message>
      <source>Draw sewer</source>
      <translation>Desenhar esgoto</translation>
    </message>
    <message>
      <source>Draw drain</source>
      <translation>Desenhar vala de drenagem</translation>
    </message>
    <message>
      <source>Add standpipe</source>
      <translation>Adicionar fontanário</translation>
    </message>
    <message>
      <source>Add water kiosk</source>
      <translation>Adicionar quiosque de água</translation>
    </message>
    <message>
      <source>Add toilet</source>
      <translation>Adicionar sanitário</translation>
    </message>
    <message>
      <source>Add manhole</source>
      <translation>Adicionar caixa de visita</translation>
    </message>
    <message>
      <source>Add street light</source>
      <translation>Adicionar candeeiro</translation>
    </message>
    <message>
      <source>Measure</source>
      <translation>Medir</translation>
    </message>
    <message>
      <source>Split plot</source>
      <translation>Dividir lote</translation>
    </message>
    <message>
      <source>Eraser: remove what this option added</source>
      <translation>Borracha: retirar o que esta opção acrescentou</translation>
    </message>
    <message>
      <source>Mark for demolition</source>
      <translation>Marcar para demolição</translation>
    </message>
    <message>
      <source>Mark for relocation</source>
      <translation>Marcar para realojamento</translation>
    </message>
    <message>
      <source>Select</source>
      <translation>Escolher</translation>
    </message>
    <message>
      <source>Turn</source>
      <translation>Rodar</translation>
    </message>
    <message>
      <source>Corners</source>
      <translation>Vértices</translation>
    </message>
    <message>
      <source>Plot</source>
      <translation>Lote</translation>
    </message>
    <message>
      <source>House</source>
      <translation>Casa</translation>
    </message>
    <message>
      <source>House shape</source>
      <translation>Forma da casa</translation>
    </message>
    <message>
      <source>Danger</source>
      <translation>Perigo</translation>
    </message>
    <message>
      <source>Path</source>
      <translation>Caminho</translation>
    </message>
    <message>
      <source>Water pipe</source>
      <translation>Cano de água</translation>
    </message>
    <message>
      <source>Sewer</source>
      <translation>Esgoto</translation>
    </message>
    <message>
      <source>Drain</source>
      <translation>Vala</translation>
    </message>
    <message>
      <source>Tap</source>
      <translation>Torneira</translation>
    </message>
    <message>
      <source>Kiosk</source>
      <translation>Quiosque</translation>
    </message>
    <message>
      <source>Toilet</source>
      <translation>Sanitário</translation>
    </message>
    <message>
      <source>Manhole</source>
      <translation>Caixa de visita</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Luz</translation>
    </message>
    <message>
      <source>Split</source>
      <translation>Dividir</translation>
    </message>
    <message>
      <source>Eraser</source>
      <translation>Borracha</translation>
    </message>
    <message>
      <source>Take down house</source>
      <translation>Demolir casa</translation>
    </message>
    <message>
      <source>Move house</source>
      <translation>Mudar casa</translation>
    </message>
    <message>
      <source>Click to select, shift-click to add, drag to move, drag on empty ground to select an area.</source>
      <translation>Clique para selecionar, Shift-clique para acrescentar, arraste para mover, arraste no vazio para selecionar uma área.</translation>
    </message>
    <message>
      <source>Drag to rotate the selection; hold shift for 15° steps; or type an angle and press Enter.</source>
      <translation>Arraste para rodar a seleção; Shift para passos de 15°; ou escreva um ângulo e prima Enter.</translation>
    </message>
    <message>
      <source>Drag a corner; double-click an edge to add one; ctrl-click a corner to remove it.</source>
      <translation>Arraste um vértice; duplo clique num lado para acrescentar; Ctrl-clique num vértice para o remover.</translation>
    </message>
    <message>
      <source>Click the corners; click the first corner or press Enter to finish. Type a length + Enter.</source>
      <translation>Clique nos vértices; clique no primeiro vértice ou prima Enter para terminar. Escreva um comprimento + Enter.</translation>
    </message>
    <message>
      <source>Click two corners, then the depth. Type 6x8 + Enter for a 6 m × 8 m building.</source>
      <translation>Clique em dois cantos e depois na profundidade. Escreva 6x8 + Enter para um edifício de 6 m × 8 m.</translation>
    </message>
    <message>
      <source>Click along the centre line; double-click or Enter to finish. Width is set in the tool bar.</source>
      <translation>Clique ao longo do eixo; duplo clique ou Enter para terminar. A largura define-se na barra de ferramentas.</translation>
    </message>
    <message>
      <source>Click along the pipe; it joins the network at nodes. Double-click or Enter to finish.</source>
      <translation>Clique ao longo do cano; liga-se à rede nos nós. Duplo clique ou Enter para terminar.</translation>
    </message>
    <message>
      <source>Click where the standpipe goes.</source>
      <translation>Clique onde fica o fontanário.</translation>
    </message>
    <message>
      <source>Click points to measure length; three or more points also give the area.</source>
      <translation>Clique em pontos para medir o comprimento; três ou mais pontos dão também a área.</translation>
    </message>
    <message>
      <source>Click two points across a plot to cut it in two.</source>
      <translation>Clique em dois pontos através de um lote para o cortar em dois.</translation>
    </message>
    <message>
      <source>Click a tap, toilet, path or house this option added to take it away again; today's settlement is never erased.</source>
      <translation>Clique numa torneira, sanita, caminho ou casa que esta opção acrescentou para o retirar; o bairro atual nunca é apagado.</translation>
    </message>
    <message>
      <source>Click a building to mark it for demolition in this option; click again to unmark.</source>
      <translation>Clique num edifício para o marcar para demolição nesta opção; clique de novo para desmarcar.</translation>
    </message>
    <message>
      <source>Click a building, then the plot its household moves to; Enter leaves the plot open.</source>
      <translation>Clique num edifício e depois no lote para onde o agregado se muda; Enter deixa o lote em aberto.</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Ficheiro</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>Abrir &amp;recente</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Importar</translation>
    </message>
    <message>
      <source>DXF drawing…</source>
      <translation>Desenho DXF…</translation>
    </message>
    <message>
      <source>GIS file…</source>
      <translation>Ficheiro SIG…</translation>
    </message>
    <message>
      <source>Background image…</source>
      <translation>Imagem de fundo…</translation>
    </message>
    <message>
      <source>Imagery layers…</source>
      <translation>Camadas de imagem…</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;Exportar</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Editar</translation>
    </message>
    <message>
      <source>&amp;Tools</source>
      <translation>&amp;Ferramentas</translation>
    </message>
    <message>
      <source>Type &amp;coordinates</source>
      <translation>Escrever &amp;coordenadas</translation>
    </message>
    <message>
      <source>&amp;Design</source>
      <translation>&amp;Desenho</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ver</translation>
    </message>
    <message>
      <source>Snap to corners</source>
      <translation>Ajustar aos vértices</translation>
    </message>
    <message>
      <source>Snap to edges</source>
      <translation>Ajustar às arestas</translation>
    </message>
    <message>
      <source>Snap to right angles</source>
      <translation>Ajustar a ângulos retos</translation>
    </message>
    <message>
      <source>&amp;Panels</source>
      <translation>&amp;Painéis</translation>
    </message>
    <message>
      <source>Fit the panels to the window</source>
      <translation>Ajustar os painéis à janela</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>A&amp;juda</translation>
    </message>
    <message>
      <source>&amp;User guide</source>
      <translation>&amp;Guia do utilizador</translation>
    </message>
    <message>
      <source>Guided &amp;tour</source>
      <translation>&amp;Visita guiada</translation>
    </message>
    <message>
      <source>&amp;Welcome page</source>
      <translation>Página de &amp;boas-vindas</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Ficheiro</translation>
    </message>
    <message>
      <source>Tools</source>
      <translation>Ferramentas</translation>
    </message>
    <message>
      <source>Path width</source>
      <translation>Largura do caminho</translation>
    </message>
    <message>
      <source>View</source>
      <translation>Ver</translation>
    </message>
    <message>
      <source>Workshop controls</source>
      <translation>Controlos da oficina</translation>
    </message>
    <message>
      <source>Find plots without access</source>
      <translation>Encontrar lotes sem acesso</translation>
    </message>
    <message>
      <source>Propose access paths</source>
      <translation>Propor caminhos de acesso</translation>
    </message>
    <message>
      <source>local metres, no coordinate system</source>
      <translation>metros locais, sem sistema de coordenadas</translation>
    </message>
    <message>
      <source>The drawing is not placed on the Earth: import a survey or set the CRS in Properties.</source>
      <translation>O desenho não está colocado na Terra: importe um levantamento ou defina o SRC em Propriedades.</translation>
    </message>
    <message>
      <source>Currency: %1</source>
      <translation>Moeda: %1</translation>
    </message>
    <message>
      <source>(chosen from the country the data lies in)</source>
      <translation>(escolhida pelo país onde ficam os dados)</translation>
    </message>
    <message>
      <source>(chosen by you)</source>
      <translation>(escolhida por si)</translation>
    </message>
    <message>
      <source>not saved</source>
      <translation>não guardado</translation>
    </message>
    <message>
      <source>(read-only)</source>
      <translation>(só leitura)</translation>
    </message>
    <message>
      <source>Existing conditions</source>
      <translation>Situação atual</translation>
    </message>
    <message>
      <source>x %1 m, y %2 m</source>
      <translation>x %1 m, y %2 m</translation>
    </message>
    <message>
      <source>length %1 m</source>
      <translation>comprimento %1 m</translation>
    </message>
    <message>
      <source>area %1 m²</source>
      <translation>área %1 m²</translation>
    </message>
    <message>
      <source>angle %1°</source>
      <translation>ângulo %1°</translation>
    </message>
    <message>
      <source>typed: %1</source>
      <translation>escrito: %1</translation>
    </message>
    <message>
      <source>Please confirm</source>
      <translation>Confirme, por favor</translation>
    </message>
    <message>
      <source>Not done: %1</source>
      <translation>Não feito: %1</translation>
    </message>
    <message>
      <source>New settlement</source>
      <translation>Novo assentamento</translation>
    </message>
    <message>
      <source>Open project</source>
      <translation>Abrir projeto</translation>
    </message>
    <message>
      <source>Jamii projects (*.jamii)</source>
      <translation>Projetos Jamii (*.jamii)</translation>
    </message>
    <message>
      <source>Cannot open</source>
      <translation>Não é possível abrir</translation>
    </message>
    <message>
      <source>Opened read-only</source>
      <translation>Aberto só para leitura</translation>
    </message>
    <message>
      <source>%1. The project is opened read-only: Save will ask for a new file name.</source>
      <translation>%1. O projeto está aberto só para leitura: Guardar pedirá um novo nome de ficheiro.</translation>
    </message>
    <message>
      <source>This is a copy of %1 shipped with Jamii: Save asks where to keep your work.</source>
      <translation>Esta é uma cópia de %1 fornecido com o Jamii: Guardar pergunta onde guardar o seu trabalho.</translation>
    </message>
    <message>
      <source>Save project</source>
      <translation>Guardar projeto</translation>
    </message>
    <message>
      <source>Cannot save</source>
      <translation>Não é possível guardar</translation>
    </message>
    <message>
      <source>Saved %1</source>
      <translation>%1 guardado</translation>
    </message>
    <message>
      <source>Changed on disk</source>
      <translation>Alterado no disco</translation>
    </message>
    <message>
      <source>%1 was changed by another program since you opened it. Saving now would lose that change.</source>
      <translation>%1 foi alterado por outro programa depois de o abrir. Guardar agora perderia essa alteração.</translation>
    </message>
    <message>
      <source>Reload from disk</source>
      <translation>Recarregar do disco</translation>
    </message>
    <message>
      <source>Save as…</source>
      <translation>Guardar como…</translation>
    </message>
    <message>
      <source>Only in the file on disk: %1</source>
      <translation>Só no ficheiro no disco: %1</translation>
    </message>
    <message>
      <source>Only in this window: %1</source>
      <translation>Só nesta janela: %1</translation>
    </message>
    <message>
      <source>Different in both: %1</source>
      <translation>Diferente nos dois: %1</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Alterações não guardadas</translation>
    </message>
    <message>
      <source>Save the changes to %1?</source>
      <translation>Guardar as alterações em %1?</translation>
    </message>
    <message>
      <source>Recover unsaved work?</source>
      <translation>Recuperar o trabalho não guardado?</translation>
    </message>
    <message>
      <source>Jamii did not close properly last time. Open the automatic copy of your unsaved work?</source>
      <translation>O Jamii não fechou corretamente da última vez. Abrir a cópia automática do trabalho não guardado?</translation>
    </message>
    <message>
      <source>Cannot recover</source>
      <translation>Não é possível recuperar</translation>
    </message>
    <message>
      <source>Choose an option first: items by hand go on an option's bill.</source>
      <translation>Escolha primeiro uma opção: os itens adicionados à mão vão para o orçamento de uma opção.</translation>
    </message>
    <message>
      <source>Add an item by hand</source>
      <translation>Adicionar um item à mão</translation>
    </message>
    <message>
      <source>Costing assumptions</source>
      <translation>Pressupostos de custo</translation>
    </message>
  </context>
  <context>
    <name>ManualItemDialog</name>
    <message>
      <source>Add an item by hand</source>
      <translation>Adicionar um item à mão</translation>
    </message>
    <message>
      <source>in the bill's currency</source>
      <translation>na moeda do orçamento</translation>
    </message>
    <message>
      <source>or a cost-library item code</source>
      <translation>ou um código de item da base de preços</translation>
    </message>
    <message>
      <source>where the quantity or rate comes from</source>
      <translation>de onde vêm a quantidade ou o preço</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Descrição</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unidade</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Quantidade</translation>
    </message>
    <message>
      <source>Rate</source>
      <translation>Preço unitário</translation>
    </message>
    <message>
      <source>Library code</source>
      <translation>Código da base de preços</translation>
    </message>
    <message>
      <source>Bill</source>
      <translation>Capítulo</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <source>{label}: {text!r} is not a number</source>
      <translation>{label}: {text!r} não é um número</translation>
    </message>
  </context>
  <context>
    <name>OptionsDock</name>
    <message>
      <source>Options</source>
      <translation>Opções</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Nova</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Duplicar</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>Mudar o nome…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>Highlight what this option changes</source>
      <translation>Realçar o que esta opção muda</translation>
    </message>
    <message>
      <source>Existing conditions</source>
      <translation>Situação atual</translation>
    </message>
    <message>
      <source>%1 (%2 changes)</source>
      <translation>%1 (%2 alterações)</translation>
    </message>
    <message>
      <source>Option %1</source>
      <translation>Opção %1</translation>
    </message>
    <message>
      <source>%1 (copy)</source>
      <translation>%1 (cópia)</translation>
    </message>
    <message>
      <source>Rename option</source>
      <translation>Mudar o nome da opção</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <source>Delete option</source>
      <translation>Eliminar opção</translation>
    </message>
    <message>
      <source>Delete the option “%1” and everything it proposes?</source>
      <translation>Eliminar a opção “%1” e tudo o que propõe?</translation>
    </message>
  </context>
  <context>
    <name>People</name>
    <message>
      <source>&amp;People</source>
      <translation>&amp;Pessoas</translation>
    </message>
    <message>
      <source>Import households…</source>
      <translation>Importar agregados…</translation>
    </message>
    <message>
      <source>Record a workshop…</source>
      <translation>Registar uma oficina…</translation>
    </message>
    <message>
      <source>Delete the latest workshop record…</source>
      <translation>Eliminar o último registo de oficina…</translation>
    </message>
    <message>
      <source>Open phone voting…</source>
      <translation>Abrir a votação por telemóvel…</translation>
    </message>
    <message>
      <source>Vote</source>
      <translation>Votar</translation>
    </message>
    <message>
      <source>Delete the workshop record of %1 with its %2 ballots? This cannot be undone.</source>
      <translation>Eliminar o registo da oficina de %1 com os seus %2 boletins? Isto não pode ser desfeito.</translation>
    </message>
    <message>
      <source>Delete workshop record</source>
      <translation>Eliminar registo de oficina</translation>
    </message>
  </context>
  <context>
    <name>PhoneVotingDialog</name>
    <message>
      <source>Phone voting</source>
      <translation>Votação por telemóvel</translation>
    </message>
    <message>
      <source>Record a workshop first.</source>
      <translation>Registe primeiro um atelier.</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Iniciar</translation>
    </message>
    <message>
      <source>Close the vote</source>
      <translation>Fechar a votação</translation>
    </message>
    <message>
      <source>Workshop</source>
      <translation>Oficina</translation>
    </message>
    <message>
      <source>Hall network address</source>
      <translation>Endereço de rede da sala</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Porta</translation>
    </message>
    <message>
      <source>Make and print codes…</source>
      <translation>Criar e imprimir os códigos…</translation>
    </message>
    <message>
      <source>Codes</source>
      <translation>Códigos</translation>
    </message>
    <message>
      <source>Print codes</source>
      <translation>Imprimir os códigos</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>%1 codes printed to %2</source>
      <translation>%1 códigos impressos em %2</translation>
    </message>
    <message>
      <source>Phones open %1 — projector: %2</source>
      <translation>Os telemóveis abrem %1 — projetor: %2</translation>
    </message>
    <message>
      <source>Stop listening</source>
      <translation>Parar de escutar</translation>
    </message>
    <message>
      <source>The vote is closed.</source>
      <translation>A votação está fechada.</translation>
    </message>
    <message>
      <source>%1 of %2 codes have voted</source>
      <translation>%1 de %2 códigos votaram</translation>
    </message>
    <message>
      <source>Phone ballots</source>
      <translation>Boletins por telemóvel</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <source>Preferences</source>
      <translation>Preferências</translation>
    </message>
    <message>
      <source>System language</source>
      <translation>Idioma do sistema</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <source>A new language is used from the next start.</source>
      <translation>O novo idioma é usado a partir do próximo arranque.</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>Save a safety copy every</source>
      <translation>Guardar uma cópia de segurança a cada</translation>
    </message>
    <message>
      <source>off</source>
      <translation>desligado</translation>
    </message>
    <message>
      <source>Snap to a grid of</source>
      <translation>Ajustar a uma grelha de</translation>
    </message>
  </context>
  <context>
    <name>PropertiesDock</name>
    <message>
      <source>Properties</source>
      <translation>Propriedades</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Área</translation>
    </message>
    <message>
      <source>Length</source>
      <translation>Comprimento</translation>
    </message>
    <message>
      <source>Chosen from the country the imported data lies in (%1); pick another to change it.</source>
      <translation>Escolhida pelo país onde ficam os dados importados (%1); escolha outra para a mudar.</translation>
    </message>
    <message>
      <source>Chosen by you: imports never change it.</source>
      <translation>Escolhida por si: as importações nunca a mudam.</translation>
    </message>
    <message>
      <source>The default currency: the first import sets it from the data's country.</source>
      <translation>A moeda predefinida: a primeira importação define-a pelo país dos dados.</translation>
    </message>
    <message>
      <source>%1 is not a currency code (three letters, e.g. KES, DJF, USD)</source>
      <translation>%1 não é um código de moeda (três letras, p. ex. KES, DJF, USD)</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>desconhecido</translation>
    </message>
    <message>
      <source>%1 is not a number</source>
      <translation>%1 não é um número</translation>
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
      <translation>Guardar</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Guardar tudo</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Sim</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Sim para &amp;todos</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Não</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Não para t&amp;odos</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Abortar</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Tentar de novo</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Ignorar</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fechar</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Descartar</translation>
    </message>
    <message>
      <source>Don't Save</source>
      <translation>Não guardar</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Ajuda</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Aplicar</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Repor</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Repor predefinições</translation>
    </message>
  </context>
  <context>
    <name>ResultsChart</name>
    <message>
      <source>Women</source>
      <translation>Mulheres</translation>
    </message>
    <message>
      <source>Men</source>
      <translation>Homens</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Outro</translation>
    </message>
    <message>
      <source>Children</source>
      <translation>Crianças</translation>
    </message>
    <message>
      <source>Youth</source>
      <translation>Jovem</translation>
    </message>
    <message>
      <source>Adults</source>
      <translation>Adultos</translation>
    </message>
    <message>
      <source>Elders</source>
      <translation>Idosos</translation>
    </message>
  </context>
  <context>
    <name>ServedRoutes</name>
    <message>
      <source>Draw a path</source>
      <translation>Desenhar um caminho</translation>
    </message>
    <message>
      <source>Connect this plot to the paths so its walks can be measured</source>
      <translation>Ligue este lote aos caminhos para medir os percursos a pé</translation>
    </message>
    <message>
      <source>No paths drawn yet: whether this plot has path access, and how far it walks, cannot be told. Draw the paths, or derive them from the plots (Access).</source>
      <translation>Nenhum caminho desenhado: não se pode saber se este lote tem acesso a um caminho, nem quanto anda. Desenhe os caminhos, ou derive-os dos lotes (Acesso).</translation>
    </message>
    <message>
      <source>No path from this plot: distances are walked along the drawn paths. Draw a path to its gate.</source>
      <translation>Nenhum caminho a partir deste lote: as distâncias medem-se a pé pelos caminhos desenhados. Desenhe um caminho até à entrada.</translation>
    </message>
    <message>
      <source>Water</source>
      <translation>Água</translation>
    </message>
    <message>
      <source>Toilet</source>
      <translation>Sanitário</translation>
    </message>
    <message>
      <source>%1: on the plot</source>
      <translation>%1: no lote</translation>
    </message>
    <message>
      <source>%1: none reachable along the paths</source>
      <translation>%1: nenhum acessível pelos caminhos</translation>
    </message>
    <message>
      <source>%1: %2 m walk (within %3 m)</source>
      <translation>%1: %2 m a pé (dentro de %3 m)</translation>
    </message>
    <message>
      <source>%1: %2 m walk — more than %3 m</source>
      <translation>%1: %2 m a pé — mais de %3 m</translation>
    </message>
  </context>
  <context>
    <name>ServedWords</name>
    <message>
      <source>Water points and toilets are not drawn yet: who is served cannot be told.</source>
      <translation>Os pontos de água e as casas de banho ainda não estão desenhados: não se pode dizer quem é servido.</translation>
    </message>
    <message>
      <source>Toilets are not drawn yet: who has a toilet within reach cannot be told.</source>
      <translation>As casas de banho ainda não estão desenhadas: não se pode dizer quem tem uma ao alcance.</translation>
    </message>
    <message>
      <source>Water points are not drawn yet: who has water within reach cannot be told.</source>
      <translation>Os pontos de água ainda não estão desenhados: não se pode dizer quem tem água ao alcance.</translation>
    </message>
    <message>
      <source>Paths are not drawn yet: who has water and a toilet within reach cannot be told.</source>
      <translation>Os caminhos ainda não estão desenhados: não se pode saber quem tem água e sanita ao alcance.</translation>
    </message>
    <message>
      <source>Water and a toilet within reach for &lt;b&gt;%1 of %2 households&lt;/b&gt;.</source>
      <translation>Água e casa de banho ao alcance de &lt;b&gt;%1 de %2 agregados&lt;/b&gt;.</translation>
    </message>
    <message>
      <source>Water and a toilet within reach for &lt;b&gt;%1 of %2 households&lt;/b&gt; (assumed, no survey yet).</source>
      <translation>Água e casa de banho ao alcance de &lt;b&gt;%1 de %2 agregados&lt;/b&gt; (supostos, ainda sem inquérito).</translation>
    </message>
  </context>
  <context>
    <name>SharedByDialog</name>
    <message>
      <source>Who may use %1</source>
      <translation>Quem pode usar %1</translation>
    </message>
    <message>
      <source>Filter by plot number or household</source>
      <translation>Filtrar por número de lote ou agregado</translation>
    </message>
    <message>
      <source>%1 (not in this option)</source>
      <translation>%1 (fora desta opção)</translation>
    </message>
    <message>
      <source>Plot %1: %2 m away, %3 households</source>
      <translation>Lote %1: a %2 m, %3 agregados</translation>
    </message>
    <message>
      <source>Household %1 on plot %2 (%3 persons)</source>
      <translation>Agregado %1 no lote %2 (%3 pessoas)</translation>
    </message>
    <message>
      <source>%1 plots and %2 households chosen</source>
      <translation>%1 lotes e %2 agregados escolhidos</translation>
    </message>
  </context>
  <context>
    <name>StandardsDock</name>
    <message>
      <source>Standards</source>
      <translation>Padrões</translation>
    </message>
    <message>
      <source>No overlay</source>
      <translation>Sem sobreposição</translation>
    </message>
    <message>
      <source>Distance to water</source>
      <translation>Distância à água</translation>
    </message>
    <message>
      <source>Distance to a toilet</source>
      <translation>Distância a um sanitário</translation>
    </message>
    <message>
      <source>The standards check is not installed.</source>
      <translation>A verificação de padrões não está instalada.</translation>
    </message>
    <message>
      <source>Blue: within half of %1 m. Yellow: within %1 m. Red: farther, or none reachable.</source>
      <translation>Azul: a menos de metade de %1 m. Amarelo: a menos de %1 m. Vermelho: mais longe, ou nada acessível.</translation>
    </message>
    <message>
      <source>No paths drawn yet: walking distances and path access cannot be told.</source>
      <translation>Nenhum caminho desenhado: as distâncias a pé e o acesso a caminhos não se podem saber.</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <source>Starting Jamii…</source>
      <translation>A iniciar o Jamii…</translation>
    </message>
    <message>
      <source>Reading the project…</source>
      <translation>A ler o projeto…</translation>
    </message>
    <message>
      <source>Preparing the panels…</source>
      <translation>A preparar os painéis…</translation>
    </message>
    <message>
      <source>Drawing the plan…</source>
      <translation>A desenhar a planta…</translation>
    </message>
    <message>
      <source>Opening the project</source>
      <translation>A abrir o projeto</translation>
    </message>
  </context>
  <context>
    <name>SurveyImportDialog</name>
    <message>
      <source>Import a base survey</source>
      <translation>Importar um levantamento de base</translation>
    </message>
    <message>
      <source>No file chosen</source>
      <translation>Nenhum ficheiro escolhido</translation>
    </message>
    <message>
      <source>as the file says (EPSG:32737, a PROJ string, WKT or a .prj file)</source>
      <translation>como diz o ficheiro (EPSG:32737, uma cadeia PROJ, WKT ou um ficheiro .prj)</translation>
    </message>
    <message>
      <source>Coordinate system of the file</source>
      <translation>Sistema de coordenadas do ficheiro</translation>
    </message>
    <message>
      <source>latitude,longitude (e.g. -6.80,39.24) or a country code (KE, TZ)</source>
      <translation>latitude,longitude (p. ex. -6.80,39.24) ou um código de país (KE, TZ)</translation>
    </message>
    <message>
      <source>Where the data should land. An import into a project that already has a drawing is checked against it; a first import is checked against this place.</source>
      <translation>Onde os dados devem ficar. Uma importação para um projeto que já tem um desenho é verificada em relação a ele; uma primeira importação é verificada em relação a este local.</translation>
    </message>
    <message>
      <source>Where the data should be</source>
      <translation>Onde os dados devem ficar</translation>
    </message>
    <message>
      <source>Layer in the file</source>
      <translation>Camada no ficheiro</translation>
    </message>
    <message>
      <source>Becomes</source>
      <translation>Torna-se</translation>
    </message>
    <message>
      <source>What the import will create</source>
      <translation>O que a importação vai criar</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Escolher ficheiro…</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importar</translation>
    </message>
    <message>
      <source>DXF drawings (*.dxf)</source>
      <translation>Desenhos DXF (*.dxf)</translation>
    </message>
    <message>
      <source>GIS files (*.geojson *.json *.gpkg *.shp *.csv *.osm *.pbf)</source>
      <translation>Ficheiros SIG (*.geojson *.json *.gpkg *.shp *.csv *.osm *.pbf)</translation>
    </message>
    <message>
      <source>(leave out)</source>
      <translation>(deixar de fora)</translation>
    </message>
    <message>
      <source>Check what each layer becomes, then import.</source>
      <translation>Verifique o que cada camada se torna e depois importe.</translation>
    </message>
    <message>
      <source>Imported %1 features</source>
      <translation>%1 elementos importados</translation>
    </message>
    <message>
      <source>currency %1, from the country the data lies in</source>
      <translation>moeda %1, pelo país onde ficam os dados</translation>
    </message>
    <message>
      <source>Not imported: %1</source>
      <translation>Não importado: %1</translation>
    </message>
  </context>
  <context>
    <name>TriStateEditor</name>
    <message>
      <source>Unknown</source>
      <translation>Desconhecido</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Sim</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Não</translation>
    </message>
  </context>
  <context>
    <name>UndoBridge</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Desfazer</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Desfazer</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Refazer</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Refazer</translation>
    </message>
    <message>
      <source>&amp;Undo %1</source>
      <translation>&amp;Desfazer %1</translation>
    </message>
    <message>
      <source>&amp;Redo %1</source>
      <translation>&amp;Refazer %1</translation>
    </message>
  </context>
  <context>
    <name>UserGuideWindow</name>
    <message>
      <source>Jamii user guide</source>
      <translation>Guia do utilizador do Jamii</translation>
    </message>
  </context>
  <context>
    <name>UsersEditor</name>
    <message>
      <source>Shared by named users: %1 plots, %2 households</source>
      <translation>Partilhado por utilizadores nomeados: %1 lotes, %2 agregados</translation>
    </message>
    <message>
      <source>Shared, users not named: counted as open to the neighbours who reach it</source>
      <translation>Partilhado, utilizadores não nomeados: contado como aberto aos vizinhos que lá chegam</translation>
    </message>
    <message>
      <source>Private to plot %1</source>
      <translation>Privado do lote %1</translation>
    </message>
    <message>
      <source>Nobody has said who may use it: counted as open, never as private</source>
      <translation>Ninguém disse quem pode usá-lo: contado como aberto, nunca como privado</translation>
    </message>
    <message>
      <source>Public: anyone who reaches it may use it</source>
      <translation>Público: quem lá chegar pode usá-lo</translation>
    </message>
    <message>
      <source>No household is recorded on the %1 plots that may use it</source>
      <translation>Nenhum agregado está registado nos %1 lotes que podem usá-lo</translation>
    </message>
    <message>
      <source>%1 households (%2 persons) live on the %3 plots that may use it</source>
      <translation>%1 agregados (%2 pessoas) vivem nos %3 lotes que podem usá-lo</translation>
    </message>
    <message>
      <source>Not in the project: %1</source>
      <translation>Fora do projeto: %1</translation>
    </message>
    <message>
      <source>Choose users…</source>
      <translation>Escolher os utilizadores…</translation>
    </message>
    <message>
      <source>Not named</source>
      <translation>Não nomeados</translation>
    </message>
    <message>
      <source>Forget the named users (who may use it is then not named)</source>
      <translation>Esquecer os utilizadores nomeados (quem pode usá-lo deixa de estar nomeado)</translation>
    </message>
  </context>
  <context>
    <name>VoteMenu</name>
    <message>
      <source>Water taps</source>
      <translation>Torneiras de água</translation>
    </message>
    <message>
      <source>Toilets</source>
      <translation>Sanitários</translation>
    </message>
    <message>
      <source>Street lights</source>
      <translation>Candeeiros</translation>
    </message>
    <message>
      <source>Paths</source>
      <translation>Caminhos</translation>
    </message>
    <message>
      <source>Drains</source>
      <translation>Valas de drenagem</translation>
    </message>
    <message>
      <source>Core houses</source>
      <translation>Casas embrião</translation>
    </message>
    <message>
      <source>House improvements</source>
      <translation>Melhorias de casas</translation>
    </message>
  </context>
  <context>
    <name>VotingPage</name>
    <message>
      <source>Back to the plan</source>
      <translation>Voltar ao plano</translation>
    </message>
    <message>
      <source>Record the workshop first</source>
      <translation>Registe primeiro a oficina</translation>
    </message>
  </context>
  <context>
    <name>VotingScreen</name>
    <message>
      <source>I am:</source>
      <translation>Eu sou:</translation>
    </message>
    <message>
      <source>Woman</source>
      <translation>Mulher</translation>
    </message>
    <message>
      <source>Man</source>
      <translation>Homem</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Outro</translation>
    </message>
    <message>
      <source>Child</source>
      <translation>Criança</translation>
    </message>
    <message>
      <source>Youth</source>
      <translation>Jovem</translation>
    </message>
    <message>
      <source>Adult</source>
      <translation>Adulto</translation>
    </message>
    <message>
      <source>Elder</source>
      <translation>Idoso</translation>
    </message>
    <message>
      <source>Paper ballot (entered after the meeting)</source>
      <translation>Boletim em papel (introduzido depois da reunião)</translation>
    </message>
    <message>
      <source>Show results</source>
      <translation>Mostrar resultados</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Resultados</translation>
    </message>
    <message>
      <source>Yes, record my vote</source>
      <translation>Sim, registar o meu voto</translation>
    </message>
    <message>
      <source>No, change it</source>
      <translation>Não, alterar</translation>
    </message>
    <message>
      <source>Budget used</source>
      <translation>Orçamento usado</translation>
    </message>
    <message>
      <source>Cast vote</source>
      <translation>Votar</translation>
    </message>
    <message>
      <source>Start again</source>
      <translation>Recomeçar</translation>
    </message>
    <message>
      <source>Correct a ballot…</source>
      <translation>Corrigir um boletim…</translation>
    </message>
    <message>
      <source>For the facilitator: void or change a ballot, with a reason</source>
      <translation>Para o facilitador: anular ou alterar um boletim, com um motivo</translation>
    </message>
    <message>
      <source>Tap the options in order: your favourite first.</source>
      <translation>Toque nas opções por ordem: a sua preferida primeiro.</translation>
    </message>
    <message>
      <source>Fill the basket with what matters most — within the budget.</source>
      <translation>Encha o cesto com o que mais importa — dentro do orçamento.</translation>
    </message>
    <message>
      <source>Tap the option you prefer.</source>
      <translation>Toque na opção que prefere.</translation>
    </message>
    <message>
      <source>Basket: %1 of %2</source>
      <translation>Cesta: %1 de %2</translation>
    </message>
    <message>
      <source>Too much for the budget: take something out (at least %1).</source>
      <translation>Demasiado para o orçamento: retire algo (pelo menos %1).</translation>
    </message>
    <message>
      <source>Tap Woman, Man or Other first.</source>
      <translation>Toque primeiro em Mulher, Homem ou Outro.</translation>
    </message>
    <message>
      <source>Your vote:</source>
      <translation>O seu voto:</translation>
    </message>
    <message>
      <source>Total: %1</source>
      <translation>Total: %1</translation>
    </message>
    <message>
      <source>Is this right?</source>
      <translation>Está certo?</translation>
    </message>
    <message>
      <source>Thank you! Vote recorded (ballot %1).</source>
      <translation>Obrigado! Voto registado (boletim %1).</translation>
    </message>
    <message>
      <source>Ballot %1 corrected: %2</source>
      <translation>Boletim %1 corrigido: %2</translation>
    </message>
    <message>
      <source>{n} ballots ({paper} on paper)</source>
      <translation>{n} boletins ({paper} em papel)</translation>
    </message>
    <message>
      <source>%1 corrected by the facilitator</source>
      <translation>%1 corrigido(s) pelo facilitador</translation>
    </message>
    <message>
      <source>Choice</source>
      <translation>Escolha</translation>
    </message>
    <message>
      <source>Women</source>
      <translation>Mulheres</translation>
    </message>
    <message>
      <source>Men</source>
      <translation>Homens</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>1st choice</source>
      <translation>1.ª escolha</translation>
    </message>
    <message>
      <source>Funded</source>
      <translation>Financiado</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>sim</translation>
    </message>
    <message>
      <source>no</source>
      <translation>não</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <source>Welcome to Jamii</source>
      <translation>Bem-vindo ao Jamii</translation>
    </message>
    <message>
      <source>Draw your settlement's plots, houses, paths, water and toilets with your neighbours, try several options, see what each costs a household and who is served, and vote.</source>
      <translation>Desenhe com os seus vizinhos os lotes, casas, caminhos, água e sanitários do seu bairro, experimente várias opções, veja quanto custa cada uma a um agregado e quem é servido, e vote.</translation>
    </message>
    <message>
      <source>Explore the sample settlement</source>
      <translation>Explorar o bairro de exemplo</translation>
    </message>
    <message>
      <source>Start from my settlement's data (survey, GIS or DXF)…</source>
      <translation>Começar com os dados do meu bairro (levantamento, SIG ou DXF)…</translation>
    </message>
    <message>
      <source>Start an empty project</source>
      <translation>Começar um projeto vazio</translation>
    </message>
    <message>
      <source>Open a project file…</source>
      <translation>Abrir um ficheiro de projeto…</translation>
    </message>
    <message>
      <source>Recent projects</source>
      <translation>Projetos recentes</translation>
    </message>
  </context>
  <context>
    <name>WorkshopAccessPage</name>
    <message>
      <source>Own door onto a path or street</source>
      <extracomment>Plot fills by way out (Okabe-Ito, colour-blind safe; the first three as in the Access dock). A new picture is on the plan (after each computation).</extracomment>
      <translation>Porta própria para um caminho ou rua</translation>
    </message>
    <message>
      <source>Way out only through a neighbour's plot</source>
      <translation>Saída só pelo lote de um vizinho</translation>
    </message>
    <message>
      <source>Way out only through 2 or more plots</source>
      <translation>Saída só por 2 ou mais lotes</translation>
    </message>
    <message>
      <source>Shut in: no way out at all</source>
      <translation>Fechado: nenhuma saída</translation>
    </message>
    <message>
      <source>New path in this option</source>
      <translation>Caminho novo nesta opção</translation>
    </message>
    <message>
      <source>Plot that gives land for a path</source>
      <translation>Lote que cede terreno para um caminho</translation>
    </message>
    <message>
      <source>House that moves</source>
      <translation>Casa que muda de lugar</translation>
    </message>
    <message>
      <source>Finding who has a way out…</source>
      <translation>A procurar quem tem saída…</translation>
    </message>
    <message>
      <source>Every household has a way out of its own</source>
      <translation>Todos os agregados têm saída própria</translation>
    </message>
    <message>
      <source>1 household has no way out of its own</source>
      <translation>1 agregado não tem saída própria</translation>
    </message>
    <message>
      <source>%1 households have no way out of their own</source>
      <translation>%1 agregados não têm saída própria</translation>
    </message>
    <message>
      <source>Every plot has a way out of its own (no households are recorded)</source>
      <translation>Todos os lotes têm saída própria (nenhum agregado registado)</translation>
    </message>
    <message>
      <source>1 plot has no way out of its own (no households are recorded)</source>
      <translation>1 lote não tem saída própria (nenhum agregado registado)</translation>
    </message>
    <message>
      <source>%1 plots have no way out of their own (no households are recorded)</source>
      <translation>%1 lotes não têm saída própria (nenhum agregado registado)</translation>
    </message>
    <message>
      <source>this option gives all of them a path</source>
      <translation>esta opção dá um caminho a todos eles</translation>
    </message>
    <message>
      <source>this option gives none of them a path</source>
      <translation>esta opção não dá caminho a nenhum deles</translation>
    </message>
    <message>
      <source>this option gives %1 of them a path</source>
      <translation>esta opção dá um caminho a %1 deles</translation>
    </message>
    <message>
      <source>no house moves</source>
      <translation>nenhuma casa muda de lugar</translation>
    </message>
    <message>
      <source>1 house moves</source>
      <translation>1 casa muda de lugar</translation>
    </message>
    <message>
      <source>%1 houses move</source>
      <translation>%1 casas mudam de lugar</translation>
    </message>
    <message>
      <source>1 other building comes down</source>
      <translation>1 outro edifício é demolido</translation>
    </message>
    <message>
      <source>%1 other buildings come down</source>
      <translation>%1 outros edifícios são demolidos</translation>
    </message>
  </context>
  <context>
    <name>WorkshopPanel</name>
    <message>
      <source>Our options</source>
      <translation>As nossas opções</translation>
    </message>
    <message>
      <source>Who has a way out?</source>
      <translation>Quem tem saída?</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Hoje</translation>
    </message>
    <message>
      <source>The settlement today</source>
      <translation>O assentamento hoje</translation>
    </message>
    <message>
      <source>This is the settlement as it is today: about %1 households, assumed one per home plot (no survey yet).</source>
      <translation>Este é o assentamento tal como está hoje: cerca de %1 agregados, supondo um por lote de habitação (ainda sem inquérito).</translation>
    </message>
    <message>
      <source>This is the settlement as it is today: %1 households.</source>
      <translation>Este é o assentamento tal como está hoje: %1 agregados.</translation>
    </message>
    <message>
      <source>Working out the cost…</source>
      <translation>A calcular o custo…</translation>
    </message>
    <message>
      <source>Each household pays &lt;b&gt;%1&lt;/b&gt;.</source>
      <translation>Cada agregado paga &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
      <source>That is about &lt;b&gt;%1 a month&lt;/b&gt;.</source>
      <translation>Isso é cerca de &lt;b&gt;%1 por mês&lt;/b&gt;.</translation>
    </message>
    <message>
      <source>Total cost %1, shared by %2 households (assumed: one per home plot, no survey yet).</source>
      <translation>Custo total %1, dividido por %2 agregados (supostos: um por lote de habitação, ainda sem inquérito).</translation>
    </message>
    <message>
      <source>Total cost %1, shared by %2 households.</source>
      <translation>Custo total %1, dividido por %2 agregados.</translation>
    </message>
    <message>
      <source>Working out who is served…</source>
      <translation>A calcular quem é servido…</translation>
    </message>
  </context>
  <context>
    <name>WorkshopRecordDialog</name>
    <message>
      <source>Workshop record</source>
      <translation>Registo da oficina</translation>
    </message>
    <message>
      <source>Edit workshop record</source>
      <translation>Editar registo da oficina</translation>
    </message>
    <message>
      <source>Single choice</source>
      <translation>Escolha única</translation>
    </message>
    <message>
      <source>Ranking</source>
      <translation>Ordenação</translation>
    </message>
    <message>
      <source>Shopping cart with a budget</source>
      <translation>Cesto de compras com orçamento</translation>
    </message>
    <message>
      <source>What each household could spend on the interventions of the menu</source>
      <translation>O que cada agregado poderia gastar nas intervenções do menu</translation>
    </message>
    <message>
      <source>What was discussed (no names of participants)</source>
      <translation>O que foi discutido (sem nomes de participantes)</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Data</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Local</translation>
    </message>
    <message>
      <source>Voting</source>
      <translation>Votação</translation>
    </message>
    <message>
      <source>Budget per household</source>
      <translation>Orçamento por agregado</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participantes</translation>
    </message>
    <message>
      <source>Children</source>
      <translation>Crianças</translation>
    </message>
    <message>
      <source>Youth</source>
      <translation>Jovem</translation>
    </message>
    <message>
      <source>Adults</source>
      <translation>Adultos</translation>
    </message>
    <message>
      <source>Elders</source>
      <translation>Idosos</translation>
    </message>
    <message>
      <source>Women / girls</source>
      <translation>Mulheres / raparigas</translation>
    </message>
    <message>
      <source>Men / boys</source>
      <translation>Homens / rapazes</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Outro</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <source>{total} participants: {women} women, {men} men</source>
      <translation>{total} participantes: {women} mulheres, {men} homens</translation>
    </message>
    <message>
      <source>A shopping-cart vote needs a budget.</source>
      <translation>Uma votação por cesto precisa de um orçamento.</translation>
    </message>
  </context>
  <context>
    <name>command</name>
    <message>
      <source>Add imagery layer</source>
      <translation>Adicionar camada de imagem</translation>
    </message>
    <message>
      <source>Change imagery layer</source>
      <translation>Alterar camada de imagem</translation>
    </message>
    <message>
      <source>Import base survey</source>
      <translation>Importar levantamento de base</translation>
    </message>
    <message>
      <source>Add background image</source>
      <translation>Adicionar imagem de fundo</translation>
    </message>
    <message>
      <source>New option</source>
      <translation>Nova opção</translation>
    </message>
    <message>
      <source>Rename option</source>
      <translation>Mudar o nome da opção</translation>
    </message>
    <message>
      <source>Delete option</source>
      <translation>Eliminar opção</translation>
    </message>
    <message>
      <source>Edit properties</source>
      <translation>Editar propriedades</translation>
    </message>
    <message>
      <source>Erase</source>
      <translation>Apagar</translation>
    </message>
    <message>
      <source>Draw plot</source>
      <translation>Desenhar lote</translation>
    </message>
    <message>
      <source>Draw building</source>
      <translation>Desenhar edifício</translation>
    </message>
    <message>
      <source>Draw core house</source>
      <translation>Desenhar casa evolutiva</translation>
    </message>
    <message>
      <source>Draw hazard area</source>
      <translation>Desenhar zona de risco</translation>
    </message>
    <message>
      <source>Draw path</source>
      <translation>Desenhar caminho</translation>
    </message>
    <message>
      <source>Draw water main</source>
      <translation>Desenhar conduta de água</translation>
    </message>
    <message>
      <source>Draw sewer</source>
      <translation>Desenhar esgoto</translation>
    </message>
    <message>
      <source>Draw drain</source>
      <translation>Desenhar vala de drenagem</translation>
    </message>
    <message>
      <source>Add standpipe</source>
      <translation>Adicionar fontanário</translation>
    </message>
    <message>
      <source>Add water kiosk</source>
      <translation>Adicionar quiosque de água</translation>
    </message>
    <message>
      <source>Add toilet</source>
      <translation>Adicionar sanitário</translation>
    </message>
    <message>
      <source>Add manhole</source>
      <translation>Adicionar caixa de visita</translation>
    </message>
    <message>
      <source>Add street light</source>
      <translation>Adicionar candeeiro</translation>
    </message>
    <message>
      <source>Draw room</source>
      <translation>Desenhar divisão</translation>
    </message>
    <message>
      <source>Move room</source>
      <translation>Mover divisão</translation>
    </message>
    <message>
      <source>Resize room</source>
      <translation>Redimensionar divisão</translation>
    </message>
    <message>
      <source>Edit room</source>
      <translation>Editar divisão</translation>
    </message>
    <message>
      <source>Delete room</source>
      <translation>Eliminar divisão</translation>
    </message>
    <message>
      <source>Add door</source>
      <translation>Adicionar porta</translation>
    </message>
    <message>
      <source>Add window</source>
      <translation>Adicionar janela</translation>
    </message>
    <message>
      <source>Edit door or window</source>
      <translation>Editar porta ou janela</translation>
    </message>
    <message>
      <source>Delete door or window</source>
      <translation>Eliminar porta ou janela</translation>
    </message>
    <message>
      <source>Edit building stage</source>
      <translation>Editar fase de construção</translation>
    </message>
    <message>
      <source>Add building stage</source>
      <translation>Adicionar fase de construção</translation>
    </message>
    <message>
      <source>Rename house type</source>
      <translation>Mudar o nome do tipo de casa</translation>
    </message>
    <message>
      <source>Change house grid</source>
      <translation>Alterar a grelha da casa</translation>
    </message>
    <message>
      <source>Mark for demolition</source>
      <translation>Marcar para demolição</translation>
    </message>
    <message>
      <source>Mark for relocation</source>
      <translation>Marcar para realojamento</translation>
    </message>
    <message>
      <source>Remove mark</source>
      <translation>Remover marca</translation>
    </message>
    <message>
      <source>Take down this house in this option? The household living in it will need another home.</source>
      <translation>Demolir esta casa nesta opção? O agregado que nela vive precisará de outra casa.</translation>
    </message>
    <message>
      <source>Rotate</source>
      <translation>Rodar</translation>
    </message>
    <message>
      <source>Move</source>
      <translation>Mover</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>Split plot</source>
      <translation>Dividir lote</translation>
    </message>
    <message>
      <source>Move vertex</source>
      <translation>Mover vértice</translation>
    </message>
    <message>
      <source>Insert vertex</source>
      <translation>Inserir vértice</translation>
    </message>
    <message>
      <source>Delete vertex</source>
      <translation>Eliminar vértice</translation>
    </message>
  </context>
  <context>
    <name>currency</name>
    <message>
      <source>The cost library %1 prices in %2, the project in %3: the bills stay in %2 until you give an exchange rate (Design &gt; Costing assumptions).</source>
      <translation>A biblioteca de custos %1 orça em %2, o projeto em %3: os orçamentos ficam em %2 até indicar uma taxa de câmbio (Desenho &gt; Pressupostos de custo).</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>choose or create an option first: demolitions belong to an option</source>
      <translation>escolha ou crie primeiro uma opção: as demolições pertencem a uma opção</translation>
    </message>
    <message>
      <source>the line must cross one plot from side to side</source>
      <translation>a linha deve atravessar um lote de um lado ao outro</translation>
    </message>
    <message>
      <source>this is part of the settlement today: the eraser only removes what this option added (to take a house down, use Take down house)</source>
      <translation>isto faz parte do bairro atual: a borracha só retira o que esta opção acrescentou (para demolir uma casa, use Demolir casa)</translation>
    </message>
    <message>
      <source>a ballot correction needs a reason</source>
      <translation>uma correção de boletim precisa de um motivo</translation>
    </message>
    <message>
      <source>a household has at least one person</source>
      <translation>um agregado tem pelo menos uma pessoa</translation>
    </message>
    <message>
      <source>an option needs a name</source>
      <translation>uma opção precisa de um nome</translation>
    </message>
    <message>
      <source>children must be between 0 and the household size</source>
      <translation>o número de crianças deve estar entre 0 e o tamanho do agregado</translation>
    </message>
    <message>
      <source>persons per household must be positive</source>
      <translation>o número de pessoas por agregado deve ser positivo</translation>
    </message>
    <message>
      <source>shares must lie between 0 and 1</source>
      <translation>as partes devem estar entre 0 e 1</translation>
    </message>
    <message>
      <source>the image file is missing</source>
      <translation>o ficheiro de imagem não existe</translation>
    </message>
    <message>
      <source>{field}: {problem}</source>
      <translation>{field}: {problem}</translation>
    </message>
    <message>
      <source>{what} {value} is not a finite number</source>
      <translation>{what}: {value} não é um número finito</translation>
    </message>
    <message>
      <source>{what} {value}{unit} must be more than {limit}</source>
      <translation>{what}: {value}{unit} tem de ser maior que {limit}</translation>
    </message>
    <message>
      <source>{what} {value}{unit} is below the smallest plausible value, {limit}</source>
      <translation>{what}: {value}{unit} está abaixo do menor valor plausível, {limit}</translation>
    </message>
    <message>
      <source>{what} {value}{unit} is above the largest plausible value, {limit}</source>
      <translation>{what}: {value}{unit} está acima do maior valor plausível, {limit}</translation>
    </message>
    <message>
      <source>a number of about {digits} digits</source>
      <translation>um número de cerca de {digits} algarismos</translation>
    </message>
    <message>
      <source>vertex {i} {point} is more than {limit} m from the project origin</source>
      <translation>o vértice {i} {point} está a mais de {limit} m da origem do projeto</translation>
    </message>
    <message>
      <source>a line needs at least 2 points, got {n}</source>
      <translation>uma linha precisa de pelo menos 2 pontos, recebidos {n}</translation>
    </message>
    <message>
      <source>segment {i} has zero length (repeated vertex)</source>
      <translation>o segmento {i} tem comprimento zero (vértice repetido)</translation>
    </message>
    <message>
      <source>an outline needs at least 3 corners, got {n}</source>
      <translation>um contorno precisa de pelo menos 3 cantos, recebidos {n}</translation>
    </message>
    <message>
      <source>the outline is degenerate (area {area_m2} m²)</source>
      <translation>o contorno é degenerado (área {area_m2} m²)</translation>
    </message>
    <message>
      <source>the outline crosses itself near ({x_m}, {y_m})</source>
      <translation>o contorno cruza-se a si próprio perto de ({x_m}; {y_m})</translation>
    </message>
    <message>
      <source>line {line}: {value} is not a finite number</source>
      <translation>linha {line}: {value} não é um número finito</translation>
    </message>
    <message>
      <source>{value} is not a finite number</source>
      <translation>{value} não é um número finito</translation>
    </message>
    <message>
      <source>the point ({lat}, {lon}) lies {far_km} km from the site</source>
      <translation>o ponto ({lat}; {lon}) está a {far_km} km do local</translation>
    </message>
    <message>
      <source>the point lies {far_km} km from the site (coordinates in {crs}?)</source>
      <translation>o ponto está a {far_km} km do local (coordenadas em {crs}?)</translation>
    </message>
    <message>
      <source>no house type {type_id}; known types: {known}</source>
      <translation>nenhum tipo de casa {type_id}; tipos conhecidos: {known}</translation>
    </message>
    <message>
      <source>expected a non-negative number, got {value}</source>
      <translation>esperava-se um número não negativo, recebido {value}</translation>
    </message>
    <message>
      <source>expected [x, y, width, depth] in metres</source>
      <translation>esperado [x, y, largura, profundidade] em metros</translation>
    </message>
    <message>
      <source>a number too large for metres</source>
      <translation>um número demasiado grande para metros</translation>
    </message>
    <message>
      <source>unknown rule threshold</source>
      <translation>limiar de regra desconhecido</translation>
    </message>
    <message>
      <source>expected a table of use = area in m²</source>
      <translation>esperava-se uma tabela uso = área em m²</translation>
    </message>
    <message>
      <source>a threshold too large for a number</source>
      <translation>um limiar demasiado grande para um número</translation>
    </message>
    <message>
      <source>the outline is not a valid polygon ({reason})</source>
      <translation>o contorno não é um polígono válido ({reason})</translation>
    </message>
    <message>
      <source>is {kind}, not a file that can be read as {what}</source>
      <translation>é {kind}, não um ficheiro que se possa ler como {what}</translation>
    </message>
    <message>
      <source>is {size_mib} MiB, more than the {limit_mib} MiB {what} may have</source>
      <translation>tem {size_mib} MiB, mais do que os {limit_mib} MiB permitidos para {what}</translation>
    </message>
    <message>
      <source>grew past the {limit_mib} MiB {what} may have while being read</source>
      <translation>ultrapassou durante a leitura os {limit_mib} MiB permitidos para {what}</translation>
    </message>
    <message>
      <source>has more than {max_entities} entities; split the drawing or purge it first</source>
      <translation>tem mais de {max_entities} entidades; divida o desenho ou limpe-o primeiro</translation>
    </message>
    <message>
      <source>line {line}: value {value} (group {code}) is not a plausible coordinate or length (at most {limit} m)</source>
      <translation>linha {line}: o valor {value} (grupo {code}) não é uma coordenada ou comprimento plausível (no máximo {limit} m)</translation>
    </message>
    <message>
      <source>row</source>
      <translation>linha</translation>
    </message>
    <message>
      <source>column</source>
      <translation>coluna</translation>
    </message>
    <message>
      <source>{where}: in {crs} the data would land at {at}, and {problem}{hint}</source>
      <translation>{where}: em {crs}, os dados ficariam em {at}, e {problem}{hint}</translation>
    </message>
    <message>
      <source>{lat}°{ns} {lon}°{ew}</source>
      <translation>{lat}°{ns} {lon}°{ew}</translation>
    </message>
    <message>
      <source>nowhere on the Earth</source>
      <translation>em lado nenhum da Terra</translation>
    </message>
    <message>
      <source>its coordinates are not on the Earth in this CRS</source>
      <translation>as suas coordenadas não estão na Terra neste sistema</translation>
    </message>
    <message>
      <source>its coordinates are not longitudes/latitudes</source>
      <translation>as suas coordenadas não são longitudes/latitudes</translation>
    </message>
    <message>
      <source>its eastings ({km} km) are outside the 100–900 km of a UTM zone</source>
      <translation>as suas coordenadas E ({km} km) estão fora dos 100–900 km de uma zona UTM</translation>
    </message>
    <message>
      <source>its northings ({km} km) are outside the 0–10,000 km of a UTM zone</source>
      <translation>as suas coordenadas N ({km} km) estão fora dos 0–10 000 km de uma zona UTM</translation>
    </message>
    <message>
      <source>that is outside the area of use of {crs} ({area})</source>
      <translation>o que está fora da área de uso de {crs} ({area})</translation>
    </message>
    <message>
      <source>that is at sea</source>
      <translation>o que fica no mar</translation>
    </message>
    <message>
      <source>; candidate CRSs that put it on land: {crss}</source>
      <translation>; sistemas candidatos que a põem em terra: {crss}</translation>
    </message>
    <message>
      <source>; check the CRS of the source (pass --crs with the right one)</source>
      <translation>; verifique o sistema de coordenadas da fonte (indique o certo com --crs)</translation>
    </message>
    <message>
      <source>a folder</source>
      <translation>uma pasta</translation>
    </message>
    <message>
      <source>a pipe (FIFO)</source>
      <translation>um pipe (FIFO)</translation>
    </message>
    <message>
      <source>a device</source>
      <translation>um dispositivo</translation>
    </message>
    <message>
      <source>a socket</source>
      <translation>um socket</translation>
    </message>
    <message>
      <source>not a regular file</source>
      <translation>não um ficheiro normal</translation>
    </message>
    <message>
      <source>a project</source>
      <translation>um projeto</translation>
    </message>
    <message>
      <source>a DXF drawing</source>
      <translation>um desenho DXF</translation>
    </message>
    <message>
      <source>a workbook</source>
      <translation>um livro de cálculo</translation>
    </message>
    <message>
      <source>an image</source>
      <translation>uma imagem</translation>
    </message>
    <message>
      <source>a GIS file</source>
      <translation>um ficheiro SIG</translation>
    </message>
    <message>
      <source>a survey export</source>
      <translation>uma exportação de inquérito</translation>
    </message>
    <message>
      <source>a table</source>
      <translation>uma tabela</translation>
    </message>
    <message>
      <source>a TOML data file</source>
      <translation>um ficheiro de dados TOML</translation>
    </message>
    <message>
      <source>the project CRS</source>
      <translation>o SRC do projeto</translation>
    </message>
    <message>
      <source>none</source>
      <translation>nenhum</translation>
    </message>
    <message>
      <source>GPS precision limit</source>
      <translation>limite de precisão GPS</translation>
    </message>
    <message>
      <source>balance</source>
      <translation>saldo</translation>
    </message>
    <message>
      <source>budget limit</source>
      <translation>limite do orçamento</translation>
    </message>
    <message>
      <source>depth</source>
      <translation>profundidade</translation>
    </message>
    <message>
      <source>diameter</source>
      <translation>diâmetro</translation>
    </message>
    <message>
      <source>distance</source>
      <translation>distância</translation>
    </message>
    <message>
      <source>flow</source>
      <translation>caudal</translation>
    </message>
    <message>
      <source>footing depth</source>
      <translation>profundidade da sapata</translation>
    </message>
    <message>
      <source>footing width</source>
      <translation>largura da sapata</translation>
    </message>
    <message>
      <source>government works</source>
      <translation>obras do governo</translation>
    </message>
    <message>
      <source>grace period (months)</source>
      <translation>período de carência (meses)</translation>
    </message>
    <message>
      <source>grid spacing</source>
      <translation>espaçamento da grelha</translation>
    </message>
    <message>
      <source>height</source>
      <translation>altura</translation>
    </message>
    <message>
      <source>hour of the day</source>
      <translation>hora do dia</translation>
    </message>
    <message>
      <source>household size</source>
      <translation>tamanho do agregado</translation>
    </message>
    <message>
      <source>image height</source>
      <translation>altura da imagem</translation>
    </message>
    <message>
      <source>image width</source>
      <translation>largura da imagem</translation>
    </message>
    <message>
      <source>income</source>
      <translation>rendimento</translation>
    </message>
    <message>
      <source>interest rate</source>
      <translation>taxa de juro</translation>
    </message>
    <message>
      <source>lamp power</source>
      <translation>potência da lâmpada</translation>
    </message>
    <message>
      <source>level</source>
      <translation>nível</translation>
    </message>
    <message>
      <source>loan term (months)</source>
      <translation>prazo do empréstimo (meses)</translation>
    </message>
    <message>
      <source>monthly savings</source>
      <translation>poupança mensal</translation>
    </message>
    <message>
      <source>number of children</source>
      <translation>número de crianças</translation>
    </message>
    <message>
      <source>number of members</source>
      <translation>número de membros</translation>
    </message>
    <message>
      <source>number of participants</source>
      <translation>número de participantes</translation>
    </message>
    <message>
      <source>number of rooms</source>
      <translation>número de divisões</translation>
    </message>
    <message>
      <source>number of seats</source>
      <translation>número de sanitas</translation>
    </message>
    <message>
      <source>number of stages</source>
      <translation>número de fases</translation>
    </message>
    <message>
      <source>number of storeys</source>
      <translation>número de pisos</translation>
    </message>
    <message>
      <source>number of taps</source>
      <translation>número de torneiras</translation>
    </message>
    <message>
      <source>origin easting</source>
      <translation>coordenada E da origem</translation>
    </message>
    <message>
      <source>origin northing</source>
      <translation>coordenada N da origem</translation>
    </message>
    <message>
      <source>persons per household</source>
      <translation>pessoas por agregado</translation>
    </message>
    <message>
      <source>plot width</source>
      <translation>largura do lote</translation>
    </message>
    <message>
      <source>pressure head</source>
      <translation>altura de pressão</translation>
    </message>
    <message>
      <source>price</source>
      <translation>preço</translation>
    </message>
    <message>
      <source>roof overhang</source>
      <translation>beiral</translation>
    </message>
    <message>
      <source>roof pitch</source>
      <translation>inclinação do telhado</translation>
    </message>
    <message>
      <source>rotation</source>
      <translation>rotação</translation>
    </message>
    <message>
      <source>savings balance</source>
      <translation>saldo de poupança</translation>
    </message>
    <message>
      <source>sill height</source>
      <translation>altura do peitoril</translation>
    </message>
    <message>
      <source>slab thickness</source>
      <translation>espessura da laje</translation>
    </message>
    <message>
      <source>storage</source>
      <translation>armazenamento</translation>
    </message>
    <message>
      <source>storey height</source>
      <translation>altura do piso</translation>
    </message>
    <message>
      <source>subsidy cap</source>
      <translation>teto do subsídio</translation>
    </message>
    <message>
      <source>thickness</source>
      <translation>espessura</translation>
    </message>
    <message>
      <source>wall thickness</source>
      <translation>espessura da parede</translation>
    </message>
    <message>
      <source>width</source>
      <translation>largura</translation>
    </message>
    <message>
      <source>willingness to pay</source>
      <translation>disponibilidade para pagar</translation>
    </message>
    <message>
      <source>plot</source>
      <translation>lote</translation>
    </message>
    <message>
      <source>hazard</source>
      <translation>zona de risco</translation>
    </message>
    <message>
      <source>path</source>
      <translation>caminho</translation>
    </message>
    <message>
      <source>building</source>
      <translation>edifício</translation>
    </message>
    <message>
      <source>core_house</source>
      <translation>casa embrião</translation>
    </message>
    <message>
      <source>drain</source>
      <translation>vala de drenagem</translation>
    </message>
    <message>
      <source>sewer</source>
      <translation>esgoto</translation>
    </message>
    <message>
      <source>water_main</source>
      <translation>conduta de água</translation>
    </message>
    <message>
      <source>water_point</source>
      <translation>ponto de água</translation>
    </message>
    <message>
      <source>toilet</source>
      <translation>sanita</translation>
    </message>
    <message>
      <source>manhole</source>
      <translation>caixa de visita</translation>
    </message>
    <message>
      <source>street_light</source>
      <translation>candeeiro de rua</translation>
    </message>
    <message>
      <source>supply_point</source>
      <translation>ponto de abastecimento</translation>
    </message>
    <message>
      <source>spot_level</source>
      <translation>cota de nível</translation>
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <source>Source tags</source>
      <translation>Atributos da fonte</translation>
    </message>
    <message>
      <source>Users per day</source>
      <translation>Utilizadores por dia</translation>
    </message>
    <message>
      <source>Operational status</source>
      <translation>Estado de funcionamento</translation>
    </message>
    <message>
      <source>Access</source>
      <translation>Acesso</translation>
    </message>
    <message>
      <source>Accessible for disabled people</source>
      <translation>Acessível a pessoas com deficiência</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>Saldo</translation>
    </message>
    <message>
      <source>Ballots</source>
      <translation>Boletins</translation>
    </message>
    <message>
      <source>Budget limit</source>
      <translation>Limite do orçamento</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Categoria</translation>
    </message>
    <message>
      <source>Children</source>
      <translation>Crianças</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>Cor</translation>
    </message>
    <message>
      <source>Columns</source>
      <translation>Colunas</translation>
    </message>
    <message>
      <source>Community labour share</source>
      <translation>Parte de trabalho comunitário</translation>
    </message>
    <message>
      <source>Cost library</source>
      <translation>Biblioteca de custos</translation>
    </message>
    <message>
      <source>Cost region</source>
      <translation>Região de custos</translation>
    </message>
    <message>
      <source>Coordinate system (EPSG)</source>
      <translation>Sistema de coordenadas (EPSG)</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Moeda</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Data</translation>
    </message>
    <message>
      <source>Depth</source>
      <translation>Profundidade</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Descrição</translation>
    </message>
    <message>
      <source>Diameter</source>
      <translation>Diâmetro</translation>
    </message>
    <message>
      <source>Person with a disability</source>
      <translation>Pessoa com deficiência</translation>
    </message>
    <message>
      <source>Drain type</source>
      <translation>Tipo de vala</translation>
    </message>
    <message>
      <source>Emptying cost per year</source>
      <translation>Custo de esvaziamento por ano</translation>
    </message>
    <message>
      <source>Excreta safely emptied or treated</source>
      <translation>Excrementos esvaziados ou tratados com segurança</translation>
    </message>
    <message>
      <source>Extra rooms</source>
      <translation>Divisões extra</translation>
    </message>
    <message>
      <source>Fittings</source>
      <translation>Equipamentos</translation>
    </message>
    <message>
      <source>Floor</source>
      <translation>Pavimento</translation>
    </message>
    <message>
      <source>Floor material</source>
      <translation>Material do pavimento</translation>
    </message>
    <message>
      <source>Flow</source>
      <translation>Caudal</translation>
    </message>
    <message>
      <source>Funding</source>
      <translation>Financiamento</translation>
    </message>
    <message>
      <source>Grid</source>
      <translation>Grelha</translation>
    </message>
    <message>
      <source>Handwashing</source>
      <translation>Lavagem das mãos</translation>
    </message>
    <message>
      <source>Hazard</source>
      <translation>Risco</translation>
    </message>
    <message>
      <source>Supply given as</source>
      <translation>Abastecimento dado como</translation>
    </message>
    <message>
      <source>Head above datum</source>
      <translation>Carga acima do nível de referência</translation>
    </message>
    <message>
      <source>Sex of household head</source>
      <translation>Sexo do chefe do agregado</translation>
    </message>
    <message>
      <source>Height</source>
      <translation>Altura</translation>
    </message>
    <message>
      <source>Height in pixels</source>
      <translation>Altura em píxeis</translation>
    </message>
    <message>
      <source>House type</source>
      <translation>Tipo de casa</translation>
    </message>
    <message>
      <source>Improvement</source>
      <translation>Melhoria</translation>
    </message>
    <message>
      <source>Income band</source>
      <translation>Escalão de rendimento</translation>
    </message>
    <message>
      <source>Income</source>
      <translation>Rendimento</translation>
    </message>
    <message>
      <source>Labour share by bill</source>
      <translation>Parte de trabalho por capítulo</translation>
    </message>
    <message>
      <source>Lamp power</source>
      <translation>Potência da lâmpada</translation>
    </message>
    <message>
      <source>Land use</source>
      <translation>Uso do solo</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <source>Ground level</source>
      <translation>Cota do terreno</translation>
    </message>
    <message>
      <source>Lined</source>
      <translation>Revestido</translation>
    </message>
    <message>
      <source>Lit at night</source>
      <translation>Iluminado à noite</translation>
    </message>
    <message>
      <source>Local materials</source>
      <translation>Materiais locais</translation>
    </message>
    <message>
      <source>Managed by</source>
      <translation>Gerido por</translation>
    </message>
    <message>
      <source>Material</source>
      <translation>Material</translation>
    </message>
    <message>
      <source>Maximum GPS error</source>
      <translation>Erro GPS máximo</translation>
    </message>
    <message>
      <source>Women members</source>
      <translation>Membros mulheres</translation>
    </message>
    <message>
      <source>Men members</source>
      <translation>Membros homens</translation>
    </message>
    <message>
      <source>Monthly savings</source>
      <translation>Poupança mensal</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Número</translation>
    </message>
    <message>
      <source>Opacity</source>
      <translation>Opacidade</translation>
    </message>
    <message>
      <source>Opening hours</source>
      <translation>Horário</translation>
    </message>
    <message>
      <source>Openings</source>
      <translation>Aberturas</translation>
    </message>
    <message>
      <source>Origin east</source>
      <translation>Origem este</translation>
    </message>
    <message>
      <source>Origin north</source>
      <translation>Origem norte</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participantes</translation>
    </message>
    <message>
      <source>Shared walls</source>
      <translation>Paredes meeiras</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Ficheiro</translation>
    </message>
    <message>
      <source>Path type</source>
      <translation>Tipo de caminho</translation>
    </message>
    <message>
      <source>Persons per household</source>
      <translation>Pessoas por agregado</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Local</translation>
    </message>
    <message>
      <source>Plot depth</source>
      <translation>Profundidade do lote</translation>
    </message>
    <message>
      <source>Plot width</source>
      <translation>Largura do lote</translation>
    </message>
    <message>
      <source>Water point type</source>
      <translation>Tipo de ponto de água</translation>
    </message>
    <message>
      <source>Power source</source>
      <translation>Fonte de energia</translation>
    </message>
    <message>
      <source>Pressure class</source>
      <translation>Classe de pressão</translation>
    </message>
    <message>
      <source>Supply pressure</source>
      <translation>Pressão de abastecimento</translation>
    </message>
    <message>
      <source>Price date</source>
      <translation>Data dos preços</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Preço</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>Programa</translation>
    </message>
    <message>
      <source>Proposed by</source>
      <translation>Proposto por</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <source>Reference 1 on the plan</source>
      <translation>Referência 1 no plano</translation>
    </message>
    <message>
      <source>Reference 1 in the image</source>
      <translation>Referência 1 na imagem</translation>
    </message>
    <message>
      <source>Reference 2 on the plan</source>
      <translation>Referência 2 no plano</translation>
    </message>
    <message>
      <source>Reference 2 in the image</source>
      <translation>Referência 2 na imagem</translation>
    </message>
    <message>
      <source>Roof</source>
      <translation>Telhado</translation>
    </message>
    <message>
      <source>Roof material</source>
      <translation>Material do telhado</translation>
    </message>
    <message>
      <source>Rooms</source>
      <translation>Divisões</translation>
    </message>
    <message>
      <source>Rotation</source>
      <translation>Rotação</translation>
    </message>
    <message>
      <source>Savings</source>
      <translation>Poupança</translation>
    </message>
    <message>
      <source>Seats for women</source>
      <translation>Lugares para mulheres</translation>
    </message>
    <message>
      <source>Seats for men</source>
      <translation>Lugares para homens</translation>
    </message>
    <message>
      <source>Seats for all</source>
      <translation>Lugares mistos</translation>
    </message>
    <message>
      <source>Sewer type</source>
      <translation>Tipo de esgoto</translation>
    </message>
    <message>
      <source>Household size</source>
      <translation>Tamanho do agregado</translation>
    </message>
    <message>
      <source>Soap at the handwashing point</source>
      <translation>Sabão no ponto de lavagem das mãos</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Fonte</translation>
    </message>
    <message>
      <source>Stages</source>
      <translation>Fases</translation>
    </message>
    <message>
      <source>Stages built</source>
      <translation>Fases construídas</translation>
    </message>
    <message>
      <source>Service standards</source>
      <translation>Padrões de serviço</translation>
    </message>
    <message>
      <source>Storage</source>
      <translation>Armazenamento</translation>
    </message>
    <message>
      <source>Storey height</source>
      <translation>Altura do piso</translation>
    </message>
    <message>
      <source>Storeys</source>
      <translation>Pisos</translation>
    </message>
    <message>
      <source>Who may use it</source>
      <translation>Quem pode usá-lo</translation>
    </message>
    <message>
      <source>Supply hours</source>
      <translation>Horas de abastecimento</translation>
    </message>
    <message>
      <source>Surface</source>
      <translation>Pavimento</translation>
    </message>
    <message>
      <source>Taps</source>
      <translation>Torneiras</translation>
    </message>
    <message>
      <source>Tenure</source>
      <translation>Posse</translation>
    </message>
    <message>
      <source>Contour lines (GIS file)</source>
      <translation>Curvas de nível (ficheiro SIG)</translation>
    </message>
    <message>
      <source>Terrain model (GeoTIFF)</source>
      <translation>Modelo do terreno (GeoTIFF)</translation>
    </message>
    <message>
      <source>Toilet type</source>
      <translation>Tipo de sanitário</translation>
    </message>
    <message>
      <source>Traffic</source>
      <translation>Tráfego</translation>
    </message>
    <message>
      <source>Unit labels</source>
      <translation>Rótulos das unidades</translation>
    </message>
    <message>
      <source>Use</source>
      <translation>Uso</translation>
    </message>
    <message>
      <source>Values</source>
      <translation>Valores</translation>
    </message>
    <message>
      <source>Visible</source>
      <translation>Visível</translation>
    </message>
    <message>
      <source>Voting</source>
      <translation>Votação</translation>
    </message>
    <message>
      <source>Wall material</source>
      <translation>Material das paredes</translation>
    </message>
    <message>
      <source>Walls</source>
      <translation>Paredes</translation>
    </message>
    <message>
      <source>Width</source>
      <translation>Largura</translation>
    </message>
    <message>
      <source>Width in pixels</source>
      <translation>Largura em píxeis</translation>
    </message>
    <message>
      <source>Willing to pay</source>
      <translation>Disposto a pagar</translation>
    </message>
  </context>
  <context>
    <name>imagery</name>
    <message>
      <source>Images (*.tif *.tiff *.jp2 *.j2k *.vrt *.img *.png *.jpg *.jpeg)</source>
      <translation>Imagens (*.tif *.tiff *.jp2 *.j2k *.vrt *.img *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>Checking %1…</source>
      <translation>A verificar %1…</translation>
    </message>
    <message>
      <source>%1 has no overviews: panning and zooming will be slow. Build them now (%1.ovr beside it)?</source>
      <translation>%1 não tem visões gerais: deslocar e ampliar será lento. Construí-las agora (%1.ovr ao lado)?</translation>
    </message>
    <message>
      <source>Build overviews?</source>
      <translation>Construir as visões gerais?</translation>
    </message>
    <message>
      <source>Building overviews of %1…</source>
      <translation>A construir as visões gerais de %1…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>%1: overviews built</source>
      <translation>%1: visões gerais construídas</translation>
    </message>
    <message>
      <source>%1: building overviews cancelled; nothing was written</source>
      <translation>%1: construção das visões gerais cancelada; nada foi escrito</translation>
    </message>
    <message>
      <source>Background image</source>
      <translation>Imagem de fundo</translation>
    </message>
  </context>
  <context>
    <name>kinds</name>
    <message>
      <source>Plots</source>
      <translation>Lotes</translation>
    </message>
    <message>
      <source>Hazard areas</source>
      <translation>Zonas de risco</translation>
    </message>
    <message>
      <source>Paths and roads</source>
      <translation>Caminhos e estradas</translation>
    </message>
    <message>
      <source>Buildings</source>
      <translation>Edifícios</translation>
    </message>
    <message>
      <source>New houses</source>
      <translation>Casas novas</translation>
    </message>
    <message>
      <source>Drains</source>
      <translation>Valas de drenagem</translation>
    </message>
    <message>
      <source>Sewers</source>
      <translation>Esgotos</translation>
    </message>
    <message>
      <source>Water mains</source>
      <translation>Condutas de água</translation>
    </message>
    <message>
      <source>Water points</source>
      <translation>Pontos de água</translation>
    </message>
    <message>
      <source>Toilets</source>
      <translation>Sanitários</translation>
    </message>
    <message>
      <source>Manholes</source>
      <translation>Caixas de visita</translation>
    </message>
    <message>
      <source>Street lights</source>
      <translation>Candeeiros</translation>
    </message>
    <message>
      <source>City water supply</source>
      <translation>Abastecimento de água da cidade</translation>
    </message>
    <message>
      <source>Ground levels</source>
      <translation>Cotas do terreno</translation>
    </message>
    <message>
      <source>Demolitions</source>
      <translation>Demolições</translation>
    </message>
    <message>
      <source>Relocations</source>
      <translation>Realojamentos</translation>
    </message>
    <message>
      <source>House improvements</source>
      <translation>Melhorias de casas</translation>
    </message>
    <message>
      <source>Option</source>
      <translation>Opção</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>Agregado</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Projeto</translation>
    </message>
  </context>
  <context>
    <name>values</name>
    <message>
      <source>public</source>
      <translation>público</translation>
    </message>
    <message>
      <source>private</source>
      <translation>privado</translation>
    </message>
    <message>
      <source>functional</source>
      <translation>a funcionar</translation>
    </message>
    <message>
      <source>customers only</source>
      <translation>só clientes</translation>
    </message>
    <message>
      <source>broken</source>
      <translation>avariado</translation>
    </message>
    <message>
      <source>ablution block</source>
      <translation>bloco sanitário</translation>
    </message>
    <message>
      <source>asphalt</source>
      <translation>asfalto</translation>
    </message>
    <message>
      <source>block</source>
      <translation>bloco</translation>
    </message>
    <message>
      <source>brick</source>
      <translation>tijolo</translation>
    </message>
    <message>
      <source>budget</source>
      <translation>orçamento</translation>
    </message>
    <message>
      <source>busy</source>
      <translation>intenso</translation>
    </message>
    <message>
      <source>cement</source>
      <translation>cimento</translation>
    </message>
    <message>
      <source>communal</source>
      <translation>comunitário</translation>
    </message>
    <message>
      <source>concrete</source>
      <translation>betão</translation>
    </message>
    <message>
      <source>condominial</source>
      <translation>condominial</translation>
    </message>
    <message>
      <source>conventional</source>
      <translation>convencional</translation>
    </message>
    <message>
      <source>covered</source>
      <translation>coberta</translation>
    </message>
    <message>
      <source>dumpsite</source>
      <translation>lixeira</translation>
    </message>
    <message>
      <source>earth</source>
      <translation>terra</translation>
    </message>
    <message>
      <source>ecosan</source>
      <translation>ecosan</translation>
    </message>
    <message>
      <source>female</source>
      <translation>mulher</translation>
    </message>
    <message>
      <source>flood</source>
      <translation>inundação</translation>
    </message>
    <message>
      <source>flush to sewer</source>
      <translation>autoclismo para esgoto</translation>
    </message>
    <message>
      <source>footbridge</source>
      <translation>passarela</translation>
    </message>
    <message>
      <source>footpath</source>
      <translation>carreiro</translation>
    </message>
    <message>
      <source>gravel</source>
      <translation>gravilha</translation>
    </message>
    <message>
      <source>grid</source>
      <translation>rede</translation>
    </message>
    <message>
      <source>hand pump</source>
      <translation>bomba manual</translation>
    </message>
    <message>
      <source>head above datum</source>
      <translation>carga acima do nível de referência</translation>
    </message>
    <message>
      <source>household</source>
      <translation>do agregado</translation>
    </message>
    <message>
      <source>improvement</source>
      <translation>melhoria</translation>
    </message>
    <message>
      <source>iron sheet</source>
      <translation>chapa de zinco</translation>
    </message>
    <message>
      <source>kiosk</source>
      <translation>quiosque</translation>
    </message>
    <message>
      <source>landslide</source>
      <translation>deslizamento</translation>
    </message>
    <message>
      <source>lane</source>
      <translation>viela</translation>
    </message>
    <message>
      <source>light</source>
      <translation>ligeiro</translation>
    </message>
    <message>
      <source>male</source>
      <translation>homem</translation>
    </message>
    <message>
      <source>mud</source>
      <translation>adobe</translation>
    </message>
    <message>
      <source>murram</source>
      <translation>laterite</translation>
    </message>
    <message>
      <source>new</source>
      <translation>novo</translation>
    </message>
    <message>
      <source>open</source>
      <translation>aberta</translation>
    </message>
    <message>
      <source>other</source>
      <translation>outro</translation>
    </message>
    <message>
      <source>owner</source>
      <translation>proprietário</translation>
    </message>
    <message>
      <source>pavers</source>
      <translation>blocos</translation>
    </message>
    <message>
      <source>pedestrian</source>
      <translation>pedonal</translation>
    </message>
    <message>
      <source>piped</source>
      <translation>entubada</translation>
    </message>
    <message>
      <source>pit latrine</source>
      <translation>latrina de fossa</translation>
    </message>
    <message>
      <source>plastic</source>
      <translation>plástico</translation>
    </message>
    <message>
      <source>pour flush</source>
      <translation>descarga manual</translation>
    </message>
    <message>
      <source>power line</source>
      <translation>linha elétrica</translation>
    </message>
    <message>
      <source>pressure above ground</source>
      <translation>pressão acima do solo</translation>
    </message>
    <message>
      <source>railway</source>
      <translation>linha férrea</translation>
    </message>
    <message>
      <source>ranking</source>
      <translation>ordenação</translation>
    </message>
    <message>
      <source>rent free</source>
      <translation>sem renda</translation>
    </message>
    <message>
      <source>road</source>
      <translation>estrada</translation>
    </message>
    <message>
      <source>shared</source>
      <translation>partilhado</translation>
    </message>
    <message>
      <source>single choice</source>
      <translation>escolha única</translation>
    </message>
    <message>
      <source>solar</source>
      <translation>solar</translation>
    </message>
    <message>
      <source>standpipe</source>
      <translation>fontanário</translation>
    </message>
    <message>
      <source>stone</source>
      <translation>pedra</translation>
    </message>
    <message>
      <source>structure owner</source>
      <translation>dono da construção</translation>
    </message>
    <message>
      <source>tank</source>
      <translation>tanque</translation>
    </message>
    <message>
      <source>tenant</source>
      <translation>inquilino</translation>
    </message>
    <message>
      <source>thatch</source>
      <translation>colmo</translation>
    </message>
    <message>
      <source>tile</source>
      <translation>mosaico ou telha</translation>
    </message>
    <message>
      <source>timber</source>
      <translation>madeira</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>desconhecido</translation>
    </message>
    <message>
      <source>VIP latrine</source>
      <translation>latrina VIP</translation>
    </message>
    <message>
      <source>well</source>
      <translation>poço</translation>
    </message>
    <message>
      <source>yard tap</source>
      <translation>torneira no quintal</translation>
    </message>
    <message>
      <source>zebra crossing</source>
      <translation>passadeira</translation>
    </message>
  </context>
</TS>