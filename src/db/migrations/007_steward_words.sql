-- What Steward wrote into a contact for the customer (an enrolment step, a helpdesk hand-off):
-- the summary, team and outcome as catalogue messages (JSON: {"summary": {"id", "args",
-- "parts"}, …}), rendered again in the language the contact is read in. NULL for contacts the
-- customer logged, whose words stay exactly as typed.

ALTER TABLE interactions ADD COLUMN steward_words TEXT;
