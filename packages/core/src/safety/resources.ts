/**
 * Places to turn to, shown on the device when the safety check fires. Nothing is logged and nobody is
 * alerted. Operators can pass their own list (a local helpline, a counselling service); the defaults
 * are international starting points. Addresses are plain home pages with no query strings or tracking
 * parameters, and nothing is fetched: the person chooses whether to open one.
 */
export interface SafetyResource {
  /** Which concerns this resource is for. */
  for: ('crisis' | 'abuse')[];
  name: string;
  description: string;
  /** A phone number or short code, as a person would dial it. */
  phone?: string;
  /** A plain address (no query string, no tracking). */
  url?: string;
  /** Where it applies, e.g. "International", "United States". */
  region: string;
}

export const DEFAULT_SAFETY_RESOURCES: readonly SafetyResource[] = [
  { for: ['crisis', 'abuse'], name: 'Emergency services', description: 'If you or someone else is in immediate danger, call your local emergency number.', phone: '112 (EU and many countries), 911 (US, Canada), 999 (UK), 000 (Australia)', region: 'International' },
  { for: ['crisis'], name: 'Find A Helpline', description: 'Free, confidential crisis lines you can call or text, listed by country.', url: 'https://findahelpline.com', region: 'International' },
  { for: ['crisis'], name: '988 Suicide & Crisis Lifeline', description: 'Call or text 988, any time.', phone: '988', region: 'United States' },
  { for: ['crisis'], name: 'Samaritans', description: 'Someone to talk to, any time, about anything.', phone: '116 123', region: 'United Kingdom and Ireland' },
  { for: ['abuse'], name: 'Hot Peach Pages', description: 'A directory of domestic-abuse support services worldwide, in many languages.', url: 'https://www.hotpeachpages.net', region: 'International' },
  { for: ['abuse'], name: 'National Domestic Violence Hotline', description: 'Confidential support, any time.', phone: '1-800-799-7233', url: 'https://www.thehotline.org', region: 'United States' },
  { for: ['abuse'], name: 'National Domestic Abuse Helpline', description: 'Free and confidential, any time.', phone: '0808 2000 247', region: 'United Kingdom' },
];
