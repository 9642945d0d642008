/**
 * Spanish labels of the data. The framework wording is this project's translation, close to the Spanish text
 * of decisions VII/30 and VIII/15 (goals are «metas», targets «objetivos»), hence `frameworkOfficial: false`.
 * Convention names are the conventions' official Spanish titles; regions are the UN M49 Spanish names.
 */
import type { DataLabels } from '../catalogue';

const framework: Record<string, string> = {
	fa1: 'Proteger los componentes de la diversidad biológica',
	g1: 'Promover la conservación de la diversidad biológica de los ecosistemas, los hábitats y los biomas',
	't1.1': 'Se conserva eficazmente al menos el 10% de cada una de las regiones ecológicas del mundo',
	't1.2': 'Se protegen las zonas de particular importancia para la diversidad biológica',
	g2: 'Promover la conservación de la diversidad de las especies',
	't2.1': 'Restaurar y mantener las poblaciones de especies de determinados grupos taxonómicos, o reducir su disminución',
	't2.2': 'Se mejora la situación de las especies amenazadas',
	g3: 'Promover la conservación de la diversidad genética',
	't3.1':
		'Se conserva la diversidad genética de los cultivos, el ganado y las especies aprovechadas de árboles, peces y fauna silvestre, así como de otras especies valiosas, y se mantienen los conocimientos indígenas y locales asociados',
	fa2: 'Promover la utilización sostenible',
	g4: 'Promover la utilización y el consumo sostenibles',
	't4.1':
		'Los productos basados en la diversidad biológica proceden de fuentes gestionadas de forma sostenible, y las zonas de producción se gestionan de forma compatible con la conservación de la diversidad biológica',
	't4.2': 'Se reduce el consumo insostenible de recursos biológicos, o el consumo que afecta a la diversidad biológica',
	't4.3': 'Ninguna especie de flora o fauna silvestres está amenazada por el comercio internacional',
	fa3: 'Abordar las amenazas a la diversidad biológica',
	g5: 'Se reducen las presiones derivadas de la pérdida de hábitats, el cambio de uso y la degradación de la tierra y la utilización insostenible del agua',
	't5.1': 'Se reduce el ritmo de pérdida y degradación de los hábitats naturales',
	g6: 'Controlar las amenazas de las especies exóticas invasoras',
	't6.1': 'Se controlan las vías de introducción de las principales especies exóticas potencialmente invasoras',
	't6.2': 'Existen planes de gestión para las principales especies exóticas que amenazan a los ecosistemas, los hábitats o las especies',
	g7: 'Hacer frente a los desafíos que plantean para la diversidad biológica el cambio climático y la contaminación',
	't7.1': 'Mantener y mejorar la capacidad de recuperación de los componentes de la diversidad biológica para adaptarse al cambio climático',
	't7.2': 'Reducir la contaminación y sus efectos en la diversidad biológica',
	fa4: 'Mantener los bienes y servicios derivados de la diversidad biológica para contribuir al bienestar humano',
	g8: 'Mantener la capacidad de los ecosistemas para proporcionar bienes y servicios y sustentar los medios de vida',
	't8.1': 'Se mantiene la capacidad de los ecosistemas para proporcionar bienes y servicios',
	't8.2':
		'Se mantienen los recursos biológicos que sustentan los medios de vida sostenibles, la seguridad alimentaria local y la atención de la salud, especialmente de las personas pobres',
	fa5: 'Proteger los conocimientos, innovaciones y prácticas tradicionales',
	g9: 'Mantener la diversidad sociocultural de las comunidades indígenas y locales',
	't9.1': 'Proteger los conocimientos, innovaciones y prácticas tradicionales',
	't9.2':
		'Proteger los derechos de las comunidades indígenas y locales sobre sus conocimientos, innovaciones y prácticas tradicionales, incluido su derecho a participar en los beneficios',
	fa6: 'Asegurar la participación justa y equitativa en los beneficios que se deriven de la utilización de los recursos genéticos',
	g10: 'Asegurar la participación justa y equitativa en los beneficios que se deriven de la utilización de los recursos genéticos',
	't10.1': 'Todo acceso a los recursos genéticos se ajusta al Convenio sobre la Diversidad Biológica y a sus disposiciones pertinentes',
	't10.2':
		'Los beneficios derivados de la utilización comercial y de otro tipo de los recursos genéticos se comparten de manera justa y equitativa con los países que aportan esos recursos, de conformidad con el Convenio sobre la Diversidad Biológica y sus disposiciones pertinentes',
	fa7: 'Asegurar la provisión de recursos suficientes',
	g11: 'Las Partes han mejorado su capacidad financiera, humana, científica, técnica y tecnológica para aplicar el Convenio',
	't11.1':
		'Se transfieren recursos financieros nuevos y adicionales a las Partes que son países en desarrollo para que puedan cumplir efectivamente los compromisos contraídos en virtud del Convenio, de conformidad con el artículo 20',
	't11.2':
		'Se transfiere tecnología a las Partes que son países en desarrollo para que puedan cumplir efectivamente los compromisos contraídos en virtud del Convenio, de conformidad con el párrafo 4 de su artículo 20'
};

const conventions: Record<string, string> = {
	cbd: 'Convenio sobre la Diversidad Biológica',
	cites: 'Convención sobre el Comercio Internacional de Especies Amenazadas de Fauna y Flora Silvestres',
	cms: 'Convención sobre la Conservación de las Especies Migratorias de Animales Silvestres',
	ramsar: 'Convención relativa a los Humedales de Importancia Internacional especialmente como Hábitat de Aves Acuáticas',
	whc: 'Convención sobre la Protección del Patrimonio Mundial, Cultural y Natural'
};

/** UN M49 regions and subregions (those the data uses, plus the intermediate regions) by English name. */
const regions: Record<string, string> = {
	World: 'Mundo',
	Africa: 'África',
	Americas: 'Américas',
	Asia: 'Asia',
	Europe: 'Europa',
	Oceania: 'Oceanía',
	Antarctica: 'Antártida',
	'Northern Africa': 'África septentrional',
	'Sub-Saharan Africa': 'África subsahariana',
	'Eastern Africa': 'África oriental',
	'Middle Africa': 'África central',
	'Southern Africa': 'África meridional',
	'Western Africa': 'África occidental',
	'Latin America and the Caribbean': 'América Latina y el Caribe',
	Caribbean: 'Caribe',
	'Central America': 'Centroamérica',
	'South America': 'América del Sur',
	'Northern America': 'América septentrional',
	'Central Asia': 'Asia central',
	'Eastern Asia': 'Asia oriental',
	'South-eastern Asia': 'Asia sudoriental',
	'Southern Asia': 'Asia meridional',
	'Western Asia': 'Asia occidental',
	'Eastern Europe': 'Europa oriental',
	'Northern Europe': 'Europa septentrional',
	'Southern Europe': 'Europa meridional',
	'Western Europe': 'Europa occidental',
	// Kosovo's stand-in subregion (not in M49; see src/pipeline/reference/countries.ts).
	'Southeast Europe': 'Europa sudoriental',
	'Australia and New Zealand': 'Australia y Nueva Zelandia',
	Melanesia: 'Melanesia',
	Micronesia: 'Micronesia',
	Polynesia: 'Polinesia'
};

const indicators: Record<string, string> = {
	red_list_index: 'Índice de la Lista Roja (supervivencia de las especies)',
	forest_area_pct_land: 'Superficie forestal',
	protected_areas_pct_territory: 'Áreas protegidas terrestres y marinas',
	living_planet_index: 'Índice Planeta Vivo (poblaciones de vertebrados, WWF 2016)',
	world_heritage_natural_sites: 'Sitios naturales y mixtos del Patrimonio Mundial (acumulados, por año de inscripción)',
	// The test fixture's indicator (tests/fixtures/tiny).
	pa_coverage: 'Cobertura de las áreas protegidas'
};

const WB_COUNTRIES = '(países de la AIF y el BIRF)';
const WB_NOT_HIGH = '(excluidos los países de ingreso alto)';

/** Aggregates named by the real sources (World Bank WDI, Our World in Data, WWF), by English name. */
const entities: Record<string, string> = {
	World: 'Mundo',
	// Our World in Data: continents and the regions of FAO, the UN and the UN SDG groupings.
	Africa: 'África',
	Asia: 'Asia',
	Europe: 'Europa',
	Oceania: 'Oceanía',
	'North America': 'América del Norte',
	'South America': 'América del Sur',
	Antarctica: 'Antártida',
	'Africa (FAO)': 'África (FAO)',
	'Africa (UN)': 'África (ONU)',
	'Asia (FAO)': 'Asia (FAO)',
	'Caribbean (FAO)': 'Caribe (FAO)',
	'Central America (FAO)': 'Centroamérica (FAO)',
	'Europe (FAO)': 'Europa (FAO)',
	'Europe (UN)': 'Europa (ONU)',
	'Northern Africa (FAO)': 'África septentrional (FAO)',
	'Northern Africa (UN)': 'África septentrional (ONU)',
	'Northern America (UN)': 'América septentrional (ONU)',
	'Oceania (FAO)': 'Oceanía (FAO)',
	'South America (FAO)': 'América del Sur (FAO)',
	'Australia and New Zealand (UN SDG)': 'Australia y Nueva Zelandia (ODS, ONU)',
	'Central and Southern Asia (UN SDG)': 'Asia central y meridional (ODS, ONU)',
	'Eastern and South-Eastern Asia (UN SDG)': 'Asia oriental y sudoriental (ODS, ONU)',
	'Europe and Northern America (UN SDG)': 'Europa y América septentrional (ODS, ONU)',
	'Latin America and the Caribbean (UN SDG)': 'América Latina y el Caribe (ODS, ONU)',
	'Northern Africa and Western Asia (UN SDG)': 'África septentrional y Asia occidental (ODS, ONU)',
	'Oceania (UN SDG)': 'Oceanía (ODS, ONU)',
	'Sub-Saharan Africa (UN SDG)': 'África subsahariana (ODS, ONU)',
	'Least Developed Countries (LDCs)': 'Países menos adelantados (PMA)',
	'Small Island Developing States (SIDS)': 'Pequeños Estados insulares en desarrollo (PEID)',
	'European Union (27)': 'Unión Europea (27)',
	England: 'Inglaterra',
	Scotland: 'Escocia',
	Wales: 'Gales',
	'Northern Ireland': 'Irlanda del Norte',
	'Saint Barthlemy': 'San Bartolomé',
	// World Bank aggregates.
	'Africa Eastern and Southern': 'África oriental y meridional',
	'Africa Western and Central': 'África occidental y central',
	'Arab World': 'Mundo árabe',
	'Caribbean small states': 'Pequeños Estados del Caribe',
	'Central Europe and the Baltics': 'Europa central y el Báltico',
	'Early-demographic dividend': 'Dividendo demográfico incipiente',
	'East Asia & Pacific': 'Asia oriental y el Pacífico',
	'East Asia & Pacific (IDA & IBRD countries)': `Asia oriental y el Pacífico ${WB_COUNTRIES}`,
	'East Asia & Pacific (excluding high income)': `Asia oriental y el Pacífico ${WB_NOT_HIGH}`,
	'Euro area': 'Zona del euro',
	'Europe & Central Asia': 'Europa y Asia central',
	'Europe & Central Asia (IDA & IBRD countries)': `Europa y Asia central ${WB_COUNTRIES}`,
	'Europe & Central Asia (excluding high income)': `Europa y Asia central ${WB_NOT_HIGH}`,
	'European Union': 'Unión Europea',
	'Fragile and conflict affected situations': 'Situaciones de fragilidad y afectadas por conflictos',
	'Heavily indebted poor countries (HIPC)': 'Países pobres muy endeudados (PPME)',
	'High income': 'Ingreso alto',
	'IBRD only': 'Solo BIRF',
	'IDA & IBRD total': 'Total de la AIF y el BIRF',
	'IDA blend': 'Financiamiento combinado de la AIF',
	'IDA only': 'Solo AIF',
	'IDA total': 'Total de la AIF',
	'Late-demographic dividend': 'Dividendo demográfico avanzado',
	'Latin America & Caribbean': 'América Latina y el Caribe',
	'Latin America & Caribbean (excluding high income)': `América Latina y el Caribe ${WB_NOT_HIGH}`,
	'Latin America & the Caribbean (IDA & IBRD countries)': `América Latina y el Caribe ${WB_COUNTRIES}`,
	'Least developed countries: UN classification': 'Países menos adelantados: clasificación de las Naciones Unidas',
	'Low & middle income': 'Ingreso bajo y mediano',
	'Low income': 'Ingreso bajo',
	'Lower middle income': 'Ingreso mediano bajo',
	'Middle East & North Africa': 'Oriente Medio y Norte de África',
	'Middle East & North Africa (IDA & IBRD countries)': `Oriente Medio y Norte de África ${WB_COUNTRIES}`,
	'Middle East & North Africa (excluding high income)': `Oriente Medio y Norte de África ${WB_NOT_HIGH}`,
	'Middle income': 'Ingreso mediano',
	'OECD members': 'Miembros de la OCDE',
	'Other small states': 'Otros pequeños Estados',
	'Pacific island small states': 'Pequeños Estados insulares del Pacífico',
	'Post-demographic dividend': 'Dividendo posdemográfico',
	'Pre-demographic dividend': 'Dividendo predemográfico',
	'Small states': 'Pequeños Estados',
	'South Asia': 'Asia meridional',
	'South Asia (IDA & IBRD)': 'Asia meridional (AIF y BIRF)',
	'Sub-Saharan Africa': 'África subsahariana',
	'Sub-Saharan Africa (IDA & IBRD countries)': `África subsahariana ${WB_COUNTRIES}`,
	'Sub-Saharan Africa (excluding high income)': `África subsahariana ${WB_NOT_HIGH}`,
	'Upper middle income': 'Ingreso mediano alto'
};

export const esData: DataLabels = { frameworkOfficial: false, framework, conventions, regions, indicators, entities };
