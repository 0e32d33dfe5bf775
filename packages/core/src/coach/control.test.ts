import { describe, expect, it } from 'vitest';
import { analyseControl, type ControllingCue, type CuriousCue } from './control.ts';

const cases: { text: string; cls: 'curious' | 'controlling'; cues?: (ControllingCue | CuriousCue)[] }[] = [
  // Hard case from issue 4: an imperative that is an invitation.
  { text: 'Tell me about your day', cls: 'curious', cues: ['tell_me_about'] },
  { text: 'Tell me a bit more about what that week was like for you.', cls: 'curious' },
  // The source article's pair.
  { text: 'Can you help me understand?', cls: 'curious', cues: ['tentative'] },
  { text: 'Tell me everything now!', cls: 'controlling', cues: ['demand', 'urgency'] },
  // Curious.
  { text: 'What was it like for you when you decided to tell me?', cls: 'curious', cues: ['open_question'] },
  { text: "Whenever you're ready, I'd love to hear how you're feeling.", cls: 'curious', cues: ['invitation'] },
  { text: "I'm wondering what that night meant to you. Would you be willing to talk about it?", cls: 'curious', cues: ['tentative', 'invitation'] },
  { text: "You don't have to answer now, but how are you feeling about us?", cls: 'curious' },
  { text: 'Did you have a good day?', cls: 'curious' },
  // Controlling.
  { text: 'Who were you with?', cls: 'controlling', cues: ['surveillance'] },
  { text: 'Where were you last night?', cls: 'controlling', cues: ['surveillance'] },
  { text: 'Answer me!', cls: 'controlling', cues: ['demand'] },
  { text: 'You owe me the truth.', cls: 'controlling', cues: ['obligation'] },
  { text: 'You had better tell me what happened.', cls: 'controlling', cues: ['obligation'] },
  { text: "If you don't tell me right now, I'm leaving.", cls: 'controlling', cues: ['ultimatum', 'urgency'] },
  { text: "You're not allowed to go out on Fridays anymore.", cls: 'controlling', cues: ['restriction'] },
  { text: 'If you really loved me you would tell me.', cls: 'controlling', cues: ['guilt'] },
  { text: "After everything I've done for you, you owe me answers.", cls: 'controlling', cues: ['guilt', 'obligation'] },
  { text: "What is wrong with you? Are you stupid?", cls: 'controlling', cues: ['putdown_question'] },
  { text: "Why didn't you answer your phone?", cls: 'controlling', cues: ['surveillance'] },
  { text: 'What happened that night? I want every detail.', cls: 'controlling', cues: ['demand'] },
  { text: "Don't you dare lie to me!", cls: 'controlling', cues: ['demand'] },
  { text: 'Could we talk tonight about how things are going between us?', cls: 'curious' },
  { text: 'I want the truth, immediately.', cls: 'controlling', cues: ['demand', 'urgency'] },
];

describe('analyseControl', () => {
  it.each(cases)('$text → $cls', ({ text, cls, cues = [] }) => {
    const r = analyseControl(text);
    expect(r.class).toBe(cls);
    for (const c of cues) expect([...r.controlling, ...r.curious]).toContain(c);
    if (cls === 'controlling') expect(r.rewrite).toMatch(/"/);
    else expect(r.rewrite).toBeUndefined();
  });

  it.each([
    ['Give me your phone and your passwords right now.', 'monitoring'],
    ["You can't see your friends anymore.", 'isolation'],
    ["Tell me who she is or else you'll regret it.", 'threat'],
  ])('%s → safety resources instead of a rewrite', (text, category) => {
    const r = analyseControl(text);
    expect(r.class).toBe('controlling');
    expect(r.rewrite).toBeUndefined();
    expect(r.safety?.categories).toContain(category);
    expect(r.safety?.resources.length).toBeGreaterThan(0);
  });

  it('uses the resources the caller configures', () => {
    const resources = [{ for: ['abuse' as const], name: 'Local line', description: 'Near you.', phone: '123', region: 'Here' }];
    expect(analyseControl('Share your location with me at all times.', { resources }).safety?.resources).toEqual(resources);
  });

  it('marks the words that fired', () => {
    const text = 'Who were you with? Tell me right now.';
    for (const f of analyseControl(text).findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});
