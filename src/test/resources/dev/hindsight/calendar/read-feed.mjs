// Reads an iCalendar file with Mozilla's ical.js (the parser inside Thunderbird) and prints what it found as
// JSON: the calendar's properties, every event, and anything ical.js complained about on the console.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const complaints = [];
for (const level of ['warn', 'error', 'log', 'info']) {
  console[level] = (...args) => complaints.push(level + ': ' + args.map(String).join(' '));
}
const text = readFileSync(process.argv[2], 'utf8');
const calendar = new ICAL.Component(ICAL.parse(text));
const time = (t) => t ? { value: t.toString(), isDate: t.isDate } : null;
const result = {
  name: calendar.getFirstPropertyValue('x-wr-calname'),
  version: calendar.getFirstPropertyValue('version'),
  prodid: calendar.getFirstPropertyValue('prodid'),
  calscale: calendar.getFirstPropertyValue('calscale'),
  method: calendar.getFirstPropertyValue('method'),
  events: calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      url: component.getFirstPropertyValue('url'),
      status: component.getFirstPropertyValue('status'),
      transp: component.getFirstPropertyValue('transp'),
      dtstamp: component.getFirstPropertyValue('dtstamp')?.toString() ?? null,
      start: time(event.startDate),
      end: time(event.endDate),
    };
  }),
  complaints,
};
process.stdout.write(JSON.stringify(result));
