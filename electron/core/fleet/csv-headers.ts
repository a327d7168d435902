/**
 * The header dictionary for CSV exports: which column means which field, in the words real tools and
 * their localisations write (Intune portal and Graph exports, SCCM views, Lansweeper, PDQ, GLPI and OCS
 * web UIs in German, French and Dutch; research/fleet.md §4.2, §5.1, §6, §7). Headers are compared
 * folded: lower case, accents removed, spaces and punctuation dropped ("Gerätename" -> "geratename").
 * Within a field, earlier aliases win when several columns match (ApplicationVersion over ApplicationShortVersion).
 */
export type CsvField =
  | 'name' | 'version' | 'publisher'
  | 'host' | 'hostId' | 'serial' | 'hardwareUuid' | 'os' | 'osVersion' | 'tag' | 'seenAt'
  | 'user' | 'installDate' | 'installLocation' | 'lastUsed' | 'useCount' | 'uninstallKey' | 'deviceCount';

export const CSV_FIELDS: readonly CsvField[] = [
  'name', 'version', 'publisher', 'host', 'hostId', 'serial', 'hardwareUuid', 'os', 'osVersion', 'tag', 'seenAt',
  'user', 'installDate', 'installLocation', 'lastUsed', 'useCount', 'uninstallKey', 'deviceCount',
];

export const HEADER_ALIASES: Record<CsvField, readonly string[]> = {
  name: [
    'applicationname', 'appname', 'displayname', 'displayname0', 'arpdisplayname0', 'productname0', 'softwarename',
    'software', 'programname', 'program', 'product', 'produkt', 'name', 'title',
    'anzeigename', 'anwendungsname', 'anwendung', 'softwareprodukt', 'programmname',
    'nomdulogiciel', 'logiciel', 'nom', 'nomdelapplication', 'application',
    'applicatienaam', 'toepassing', 'programma', 'naam',
  ],
  version: [
    'applicationversion', 'version', 'displayversion', 'version0', 'productversion0', 'softwareversion', 'appversion',
    'applicationshortversion', 'versionsnom', 'versionsnummer', 'versie', 'versienummer',
  ],
  publisher: [
    'applicationpublisher', 'publisher', 'publisher0', 'apppublisher', 'softwarepublisher', 'vendor', 'manufacturer',
    'companyname', 'herausgeber', 'hersteller', 'anbieter', 'editeur', 'fabricant', 'uitgever', 'fabrikant', 'leverancier',
  ],
  host: [
    'devicename', 'computername', 'hostname', 'computer', 'host', 'assetname', 'machinename', 'machine', 'name0',
    'netbiosname0', 'geratename', 'gerat', 'rechnername', 'rechner', 'nomdelappareil', 'appareil', 'ordinateur',
    'nomdelordinateur', 'poste', 'apparaatnaam', 'apparaat', 'computernaam',
  ],
  hostId: ['deviceid', 'resourceid', 'assetid', 'computerid', 'intunedeviceid', 'gerateid', 'iddelappareil', 'apparaatid'],
  serial: ['serialnumber', 'serial', 'hardwareserial', 'serialnumber0', 'seriennummer', 'numerodeserie', 'serienummer'],
  hardwareUuid: ['hardwareuuid', 'uuid', 'smbiosguid0', 'smbiosuuid'],
  os: ['osdescription', 'operatingsystem', 'os', 'platform', 'caption0', 'betriebssystem', 'plattform', 'systemedexploitation', 'plateforme', 'besturingssysteem'],
  osVersion: ['osversion', 'betriebssystemversion', 'versiondusystemedexploitation', 'versionduse', 'besturingssysteemversie'],
  tag: ['department', 'abteilung', 'service', 'afdeling', 'group', 'gruppe', 'groupe', 'groep', 'team', 'teamname', 'organisationseinheit', 'site', 'standort', 'entite', 'entity'],
  seenAt: ['lastseen', 'timestamp', 'lastsuccessfulscan', 'lastscan', 'lastcontact', 'lastcheckin', 'lastsyncdatetime', 'zuletztgesehen', 'derniereremontee', 'laatstgezien'],
  user: ['username', 'user', 'primaryuser', 'primaryuserupn', 'userprincipalname', 'lastuser', 'lastusername0', 'benutzername', 'benutzer', 'utilisateur', 'gebruikersnaam', 'gebruiker'],
  installDate: ['installdate', 'installdate0', 'installationdate', 'installationsdatum', 'installiertam', 'datedinstallation', 'installatiedatum'],
  installLocation: ['installlocation', 'installedlocation0', 'installationpath', 'path', 'installationspfad', 'chemin', 'pad'],
  lastUsed: ['lastused', 'lastusedtime0', 'lastopened', 'lastopenedat', 'zuletztverwendet', 'letztenutzung', 'derniereutilisation', 'laatstgebruikt'],
  useCount: ['launchcount', 'launchcount0', 'usecount', 'runcount', 'usagecount', 'anzahlstarts'],
  uninstallKey: ['arpkey', 'prodid0', 'guid', 'uninstallkey', 'productcode', 'softwarecode0'],
  deviceCount: ['devicecount', 'devices', 'hostscount', 'installations', 'nombredinstallations', 'anzahlgerate', 'anzahlinstallationen', 'aantalapparaten', 'aantalinstallaties'],
};

export function foldHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]/g, '');
}

/** Column index per field for one header row; each column serves at most one field. */
export function mapHeaders(headers: readonly string[]): Partial<Record<CsvField, number>> {
  const folded = headers.map(foldHeader);
  const taken = new Set<number>();
  const columns: Partial<Record<CsvField, number>> = {};
  for (const field of CSV_FIELDS) {
    for (const alias of HEADER_ALIASES[field]) {
      const index = folded.findIndex((header, i) => header === alias && !taken.has(i));
      if (index >= 0) {
        columns[field] = index;
        taken.add(index);
        break;
      }
    }
  }
  return columns;
}
