// Package export writes logged calls out of talktrack for upload into a CRM
// (Salesforce Data Loader, HubSpot's import tool) or for a spreadsheet or a
// script (CSV and JSON with everything talktrack knows about each call).
//
// An export remembers what it wrote, per format: by default it contains only
// calls never exported in that format before, so a rep never uploads a call
// twice, and exporting for HubSpot does not hide a call from a later
// Salesforce export. Calls are marked only after the whole output has been
// written (the file renamed into place, or standard output flushed); a failed
// export marks nothing.
package export
