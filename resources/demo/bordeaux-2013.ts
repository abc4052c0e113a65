/**
 * The demo workshop a newcomer finds on first start: the "Smart Economy" Mini-BarCamp of the
 * UCLG Committee on Digital and Knowledge-based Cities, Bordeaux, May 2013.
 *
 * Facts from the UCLG seed (shared/seeds/uclg-cities-collaboration-barcamp.txt): the first
 * working meeting of the committee, held in Bordeaux in May 2013 on the "Smart Economy" axis
 * of the Smart Cities Study; the themes discussed (talent, emerging ICT and green-tech sectors,
 * spaces and infrastructure for entrepreneurship); the Bar-Camp method; and the two
 * collaboration projects it produced. The seed gives the month only, so the day, the venue's
 * rooms, the timetable and every participant are invented; the people are fictional (no real
 * official is named), their organisations are real or plausible for 2013 (Bordeaux's
 * metropolitan authority was still the Communauté urbaine de Bordeaux then).
 *
 * Loaded by the core under plain Node: this file imports types only.
 */
import type {
  ParticipantFields,
  RoomFields,
  SlotGridRequest,
  TopicFields,
  WorkshopFields,
} from '../../shared/schemas.ts';
import type { TransferRound } from '../../shared/transfer.ts';

export interface DemoWorkshop {
  workshop: WorkshopFields;
  rooms: RoomFields[];
  /** Turned into slots with `generateSlotGrid` when the demo is seeded. */
  grid: SlotGridRequest;
  participants: ParticipantFields[];
  topics: TopicFields[];
  /** Seeded open, so a newcomer can vote from a phone at once. */
  round: Pick<TransferRound, 'question' | 'method' | 'budget' | 'maxPerItem'>;
}

/** The seed key of the demo: it is inserted once, and never again once the user has it. */
export const DEMO_WORKSHOP_KEY = 'demo:bordeaux-2013';

const person = (
  name: string,
  organisation: string,
  territory: string,
  role: string,
  orgType: ParticipantFields['orgType'],
): ParticipantFields => ({ name, organisation, territory, role, orgType, email: '' });

const topic = (
  title: string,
  proposer: string,
  theme: TopicFields['theme'],
  tags: string[],
  pitch: string,
  status: TopicFields['status'] = 'proposed',
): TopicFields => ({ title, pitch, proposer, theme, tags, status });

export const DEMO_WORKSHOP: DemoWorkshop = {
  workshop: {
    title: 'Smart Economy Mini-BarCamp — Bordeaux 2013',
    format: 'mini-barcamp',
    date: '2013-05-23',
    venue: 'Hôtel de Ville, Bordeaux',
    territory: 'Bordeaux, France',
    language: 'en',
    description:
      'The first working meeting of the UCLG Committee on Digital and Knowledge-based Cities, devoted to the ' +
      '"Smart Economy" axis of its Smart Cities Study. Cities, chambers of commerce, universities and companies ' +
      'compared how they create, attract and retain talent, grow emerging ICT and green-tech sectors, and offer ' +
      'spaces and infrastructure for entrepreneurs. Participants set the agenda themselves, Bar-Camp style, met in ' +
      'small groups to share projects, and came out with two collaboration projects between cities.',
  },

  rooms: [
    { name: 'Council Chamber', capacity: 60 },
    { name: 'Garonne Room', capacity: 20 },
    { name: 'Chartrons Room', capacity: 15 },
    { name: 'Saint-Michel Room', capacity: 12 },
  ],

  // 5 session slots × 4 rooms = 20 places for the ~10 shortlisted topics, with room to split
  // the popular ones. The opening and closing plenaries gather the whole room: no group
  // sessions run beside them.
  grid: {
    start: '09:30',
    end: '17:00',
    sessionMinutes: 45,
    gapMinutes: 15,
    breaks: [
      { start: '09:30', end: '10:15', label: 'Welcome and topic market', kind: 'plenary' },
      { start: '12:00', end: '13:15', label: 'Lunch', kind: 'break' },
      { start: '15:00', end: '15:15', label: 'Coffee', kind: 'break' },
      { start: '16:00', end: '17:00', label: 'Plenary: collaboration projects', kind: 'plenary' },
    ],
  },

  participants: [
    // Bordeaux, the host
    person('Sophie Delmas', 'City of Bordeaux', 'Bordeaux', 'Head of digital economy', 'local-government'),
    person(
      'Laurent Peyrat',
      'Communauté urbaine de Bordeaux',
      'Bordeaux',
      'Economic development officer',
      'local-government',
    ),
    person('Hélène Castaing', 'CCI de Bordeaux', 'Bordeaux', 'Digital programmes for businesses', 'public-agency'),
    person('Mathieu Ferrand', 'Université Bordeaux 1', 'Bordeaux', 'Lecturer in information systems', 'university'),
    person('Camille Roux', 'Datagone', 'Bordeaux', 'Co-founder, data mining start-up', 'startup'),
    person('Pierre Lacoste', 'Tonnellerie Lacoste', 'Bordeaux', 'Managing director (cooperage)', 'sme'),
    person('Nadia Benali', 'Cap Sciences', 'Bordeaux', 'Fab lab coordinator', 'civil-society'),
    person('Anne-Laure Guichard', 'Aquinetic digital cluster', 'Aquitaine', 'Cluster manager', 'civil-society'),
    person('Thomas Mercier', 'Garonne Aéro Systems', 'Mérignac', 'Open innovation manager', 'large-company'),
    person('Bernard Dufour', '', 'Bordeaux', 'Retired engineer, neighbourhood council', 'resident'),
    // Lappeenranta
    person(
      'Aino Virtanen',
      'City of Lappeenranta',
      'Lappeenranta',
      'International affairs manager',
      'local-government',
    ),
    person(
      'Jussi Heikkinen',
      'Lappeenranta University of Technology',
      'Lappeenranta',
      'Professor of technology business',
      'university',
    ),
    person('Kaisa Laine', 'Saimaa Greentech Oy', 'Lappeenranta', 'Chief executive', 'sme'),
    // the committee and UCLG
    person(
      'Itziar Etxeberria',
      'Bilbao City Council — Committee Secretariat',
      'Bilbao',
      'Committee coordinator',
      'local-government',
    ),
    person('Mikel Arrieta', 'Bilbao Ekintza', 'Bilbao', 'Entrepreneurship programme manager', 'public-agency'),
    person('Laia Puig', 'UCLG World Secretariat', 'Barcelona', 'Policy officer', 'international'),
    // partner cities
    person('Julien Bonnet', 'Métropole Nice Côte d’Azur', 'Nice', 'Smart city project manager', 'local-government'),
    person('Giulia Ferri', 'Comune di Milano', 'Milan', 'EU affairs officer', 'local-government'),
    person('Rui Matos', 'Lisboa E-Nova', 'Lisbon', 'Energy efficiency project manager', 'public-agency'),
    person('Agnieszka Nowak', 'Urząd Miasta Łodzi', 'Łódź', 'Investor and graduate relations', 'local-government'),
    person('Katrin Vogel', 'Kiel Economic Development', 'Kiel', 'Maritime and logistics sector lead', 'public-agency'),
    person('Andrei Popescu', 'Tehnopol Galați', 'Galați', 'Programme manager', 'civil-society'),
    person(
      'Fernanda Lima',
      'Prefeitura de São Paulo',
      'São Paulo',
      'Adviser, economic development',
      'local-government',
    ),
    person(
      'Martín Pereira',
      'Intendencia de Montevideo',
      'Montevideo',
      'Head of the innovation unit',
      'local-government',
    ),
    person('Youssef El Amrani', 'Commune de Rabat', 'Rabat', 'Deputy director of economic affairs', 'local-government'),
  ],

  topics: [
    // The two collaboration projects the seed reports.
    topic(
      'How can cities link traditional and new ICT industries?',
      'Sophie Delmas',
      'economy',
      ['digital-transition', 'e-commerce', 'data-mining', 'cloud', 'chambers-of-commerce'],
      'Bordeaux brings firms of the traditional economy together with digital businesses around three themes: ' +
        'e-marketing and e-commerce to reach new markets, data mining to understand a market, and new productivity ' +
        'tools such as 3D and the cloud. Many cities do the same with their chambers of commerce. Proposal: online ' +
        'exchanges every four months, a forum in autumn 2014 where each city brings a traditional company that grew ' +
        'through digital tools, and an online compendium of good practices within 18 months.',
      'shortlisted',
    ),
    topic(
      'Creation of spaces of collaboration for companies',
      'Aino Virtanen',
      'economy',
      ['business-encounters', 'greentech', 'mentoring', 'sectors-of-excellence'],
      'Companies from our cities rarely meet. Lappeenranta offers to host business encounters for Greentech ' +
        'companies after the summer. Each city could name its 4–5 key sectors of excellence so firms find their ' +
        'counterparts, and entrepreneurs could share their experience in online mentoring workshops.',
      'shortlisted',
    ),

    topic(
      'Attracting and keeping talent in mid-sized cities',
      'Jussi Heikkinen',
      'people',
      ['talent', 'universities', 'quality-of-life'],
      'Our graduates are excellent and then move to the capital. What makes engineers and researchers stay: jobs, ' +
        'housing, a lively start-up scene? Which city programmes have measurably worked?',
      'shortlisted',
    ),
    topic(
      'From campus to local start-ups',
      'Agnieszka Nowak',
      'economy',
      ['talent', 'entrepreneurship', 'universities'],
      'Łódź is turning old textile factories into places for young companies. How do other cities help students ' +
        'found a company in town instead of leaving after their degree?',
    ),
    topic(
      'Green technologies as a growth sector',
      'Kaisa Laine',
      'economy',
      ['greentech', 'emerging-sectors', 'export'],
      'Small clean-tech firms need first customers and partners abroad. Can cities act as reference customers and ' +
        'open doors for each other’s companies?',
      'shortlisted',
    ),
    topic(
      'Incubators, fab labs, coworking: which spaces really help entrepreneurs?',
      'Nadia Benali',
      'economy',
      ['entrepreneurship', 'fab-lab', 'coworking', 'infrastructure'],
      'Every city opens spaces for creators. Let us compare what they cost, who uses them and what comes out of ' +
        'them, from the fab lab to the business incubator.',
      'shortlisted',
    ),
    topic(
      'E-commerce for traditional crafts',
      'Pierre Lacoste',
      'economy',
      ['e-commerce', 'e-marketing', 'crafts', 'sme'],
      'A cooperage sells to wine estates it has known for generations. Online, it could reach buyers in Asia and ' +
        'the Americas. What help did small traditional firms in your city get to sell online?',
      'shortlisted',
    ),
    topic(
      'Data mining for small companies',
      'Camille Roux',
      'economy',
      ['data-mining', 'sme', 'market-intelligence'],
      'Large firms analyse their markets with data; a ten-person company cannot afford it. Shared tools, public data ' +
        'and student projects could close the gap.',
    ),
    topic(
      '3D and cloud tools for industrial productivity',
      'Thomas Mercier',
      'economy',
      ['3d', 'cloud', 'industry', 'suppliers'],
      'Aerospace suppliers around Bordeaux are adopting 3D design and printing and cloud tools. How can a large ' +
        'company and the city bring its small suppliers along?',
    ),
    topic(
      'Open data as raw material for local businesses',
      'Laurent Peyrat',
      'governance',
      ['open-data', 'data', 'apps'],
      'Which datasets do local companies actually use once a city publishes them, and how do we find out what they ' +
        'need before publishing?',
      'shortlisted',
    ),
    topic(
      'Cities and chambers of commerce: who does what for digital SMEs?',
      'Hélène Castaing',
      'governance',
      ['chambers-of-commerce', 'sme', 'partnership'],
      'Firms get advice from the city, the chamber, the region and the state, often on the same subject. A map of ' +
        'who offers what, and one front door for companies.',
    ),
    topic(
      'Broadband and enabling infrastructure for business parks',
      'Youssef El Amrani',
      'economy',
      ['infrastructure', 'broadband', 'business-parks'],
      'When a city plans a business park, what digital infrastructure should it provide itself, and what should it ' +
        'leave to operators?',
    ),
    topic(
      'Online mentoring between entrepreneurs of partner cities',
      'Mikel Arrieta',
      'economy',
      ['mentoring', 'entrepreneurship'],
      'Experienced founders in one city coach young ones in another, online, in their shared language. ' +
        '(Merged into "Creation of spaces of collaboration for companies".)',
      'set-aside',
    ),
    topic(
      'Energy-efficient buildings: a market for local SMEs',
      'Rui Matos',
      'environment',
      ['energy', 'buildings', 'sme', 'greentech'],
      'Retrofitting public buildings can create work for local firms if tenders are shaped for them. Lisbon’s ' +
        'energy agency shares what it tried.',
    ),
    topic(
      'Measuring the digital economy of a city',
      'Laia Puig',
      'governance',
      ['indicators', 'monitoring', 'smart-cities-study'],
      'Which few indicators could every member city collect, so that the next Smart Cities Study can compare ' +
        'progress instead of intentions?',
    ),
    topic(
      'Innovation districts and city–university partnerships',
      'Martín Pereira',
      'economy',
      ['innovation-district', 'universities', 'urban-regeneration'],
      'Montevideo is considering linking a university campus with a former industrial area. What governance works ' +
        'for such a district, and who pays for what?',
      'shortlisted',
    ),
    topic(
      'Technology parks in intermediate cities',
      'Andrei Popescu',
      'economy',
      ['tech-park', 'intermediate-cities', 'clusters'],
      'Galați is not a capital, yet it has built a technology park and an IT community around it. Lessons for ' +
        'other intermediate cities, and pitfalls to avoid.',
    ),
    topic(
      'Digital skills for residents left behind',
      'Bernard Dufour',
      'people',
      ['digital-inclusion', 'skills', 'volunteers'],
      'Not everyone follows the move to online services. Retired engineers in my neighbourhood teach the basics; ' +
        'could cities support such volunteers?',
    ),
    topic(
      'Port and logistics data for smarter freight',
      'Katrin Vogel',
      'mobility',
      ['logistics', 'data', 'ports'],
      'Ferries and trucks meet in the middle of Kiel. Sharing traffic and port data with logistics firms could cut ' +
        'waiting times and emissions.',
    ),
    topic(
      'Living labs: testing new services with residents',
      'Julien Bonnet',
      'living',
      ['living-lab', 'co-creation', 'smart-city'],
      'Nice tests sensors and services in one district before a wider roll-out. How do we involve residents and ' +
        'local firms from the start rather than at the end?',
    ),
  ],
  // Seven dots is about a third of the 20 topics, the usual rule; three at most on one topic.
  round: { question: 'Which topics should we schedule first?', method: 'dot', budget: 7, maxPerItem: 3 },
};
