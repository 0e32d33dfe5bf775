import { usePageTitle } from '../../app/use-page-title.ts';

const CAN_SEE = [
  'Your email address and display name.',
  'Which space you belong to, the role each of you chose, when each of you joined or left, and whether the space is active or a read-only archive.',
  'For each entry: what kind it is (a check-in or a response), who wrote it, whether it is private or shared, when it was created and changed, and its version number.',
  'For a check-in: the calendar day it is for and your time zone.',
  'That a response points at a particular entry — not what the response says.',
  'For a promise: its due day and time, time zone, how it repeats and when to remind. For each step in its life: which step it was (done, kept, not quite, missed and owned, renegotiated with its new time, released) and for which day.',
  'The reminders it sends you about your own promises: which promise, when, and whether you have read them.',
  'Who made an invitation, when it expires, and whether it was used (and by whom) or withdrawn.',
  'When each of your sessions started and was last active (to the minute), and a short description of the device, such as “Chrome on Android”.',
  'In its request log: which address was asked for, the answer’s status and a shortened IP address (the last part removed) — never what was sent.',
];

const NEVER_SEES = [
  'Anything you write: small truths, notes, the words in a response, the words of a promise, why it was renegotiated, or what you said about a miss.',
  'Moods, and whether you would like comfort or some space.',
  'Which response you chose (thank you, heart, hug, I hear you).',
  'Your password or your recovery code, or the secret part of an invitation link.',
  'Your location, your contacts, or whether and when anyone read an entry: Mend keeps no read receipts.',
];

/** The honest list of what the server stores and sees (DESIGN.md §6), and the limits of encryption. */
export function ServerCanSeePage() {
  usePageTitle('What the server can see');
  return (
    <>
      <h1>What the server can see</h1>
      <p className="lead">
        Mend encrypts what you write on your own device before it is sent. The server keeps it, but cannot read it. Here is exactly what it can and
        cannot see.
      </p>
      <section className="card" aria-labelledby="can-see-heading">
        <h2 id="can-see-heading">What it can see</h2>
        <ul>
          {CAN_SEE.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="never-heading">
        <h2 id="never-heading">What it never sees</h2>
        <ul>
          {NEVER_SEES.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <section className="card card--soft" aria-labelledby="limits-heading">
        <h2 id="limits-heading">What encryption in your browser does and does not protect</h2>
        <p>
          <strong>It does</strong> keep what you write out of the database, out of backups and out of server logs — and so out of the hands of anyone
          who reads them, including someone who runs the server or asks for its stored data.
        </p>
        <p>
          <strong>It cannot</strong> protect you from an operator who changes the app the server sends to your browser: changed code could read what
          you type. If the person who runs your server is someone you cannot trust, keep that in mind.
        </p>
        <p>
          <strong>It cannot</strong> protect an unlocked device in someone else’s hands. Log out when you step away, and use the Quick exit button (or
          press Shift three times) to leave at once.
        </p>
        <p>
          If you lose both your password and your recovery code, nobody can recover what you wrote. That is the same property that keeps it private.
        </p>
      </section>
    </>
  );
}
