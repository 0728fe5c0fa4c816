/**
 * Activity codes for the directory rows of the curated (fictional) companies, chosen from what
 * each profile says the company does: a profile's sector is coarser ("metalworking" covers wire
 * drawing as well as screws), and its first code would misfile a shipyard or a dye house. Class
 * level (four digits), the same in ATECO 2007 and NOGA 2008. A profile not listed here gets the
 * first code of its first sector.
 */
export const curatedActivityCodes: Readonly<Record<string, string>> = {
  'acquafonda-impianti': '28.29', // water treatment plants: other general-purpose machinery
  'biscottificio-briciolume': '10.72', // biscuits
  'brisalp-mecatronica': '28.99', // drives and automation components
  'cantiere-scafolieve': '30.12', // pleasure boats
  elicomotori: '27.11', // electric motors
  flessifoglio: '22.22', // flexible plastic packaging
  gaitalys: '26.60', // wearable gait-measurement devices
  'lucciolo-tecnopolimeri': '22.29', // plastic moulding
  'maglificio-lanacorta': '13.91', // knitted fabrics
  'manilunghe-robotica': '33.20', // robot cells, installed
  'meccanica-orsaverde': '28.99', // special-purpose machines
  'micromeccanica-ombrino': '25.62', // precision turning
  'mobilificio-quercialta': '31.09', // furniture
  'mollificio-ferrovivo': '25.93', // springs
  modaponte: '52.10', // fashion logistics: warehousing
  'nastrificio-cordalta': '13.96', // webbing and narrow fabrics
  'nivalys-medical': '32.50', // rehabilitation devices
  'oleodinamica-fluxiana': '28.12', // hydraulic valves and power units
  'pelletteria-nodoblu': '15.12', // leather goods
  plastivetta: '22.29', // plastic moulding
  'quarzomonte-elettronica': '26.12', // electronic board assembly
  schedaviva: '26.12', // electronic board assembly
  'tintoria-azzurrolago': '13.30', // dyeing and finishing
  velotorsio: '30.92', // bicycle frames and parts
  'viteria-torciferro': '25.94', // screws and fasteners
  voltapiana: '43.21', // solar installations: electrical installation
};
