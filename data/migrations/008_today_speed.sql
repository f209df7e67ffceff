-- The day's queue at 100k accounts.

-- The start of the latest connected call, kept by the trigger below like
-- last_contact_at, so that "is this follow-up answered?" is one comparison
-- instead of a search through the account's calls. Voicemails, unanswered
-- and busy calls are attempts, not conversations, and leave it alone.
ALTER TABLE accounts ADD COLUMN last_conversation_at TEXT NOT NULL DEFAULT '';
UPDATE accounts SET last_conversation_at = coalesce((SELECT max(c.started_at) FROM calls c
    WHERE c.account_id = accounts.id AND c.outcome = 'connected'), '');
CREATE TRIGGER calls_ai_conversation AFTER INSERT ON calls WHEN NEW.outcome = 'connected'
BEGIN
    UPDATE accounts SET last_conversation_at = NEW.started_at
     WHERE id = NEW.account_id AND last_conversation_at < NEW.started_at;
END;

-- The follow-ups due are read from the index alone.
DROP INDEX calls_follow_up;
CREATE INDEX calls_follow_up ON calls (follow_up, account_id, started_at) WHERE follow_up != '';

-- A rep's queue starts from their accounts.
CREATE INDEX accounts_owner ON accounts (owner COLLATE NOCASE);
