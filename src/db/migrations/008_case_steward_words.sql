-- A case Steward opened for the customer (the enrolment wizard's): its title and desired outcome
-- as catalogue messages (JSON: {"title": {…}, "desired_outcome": {…}}), rendered in the language
-- the case is read in. A field the customer edits leaves this record and stays as typed.

ALTER TABLE cases ADD COLUMN steward_words TEXT;
