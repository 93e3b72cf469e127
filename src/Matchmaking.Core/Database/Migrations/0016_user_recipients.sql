-- One user is now named "user:<name>" as a notification recipient (Notifications/Recipient.cs). Before, a person was
-- named by their audit label, "<role>:<name>", which for a coordinator read like a whole field's coordinators
-- ("coordinator:Music"). Contacts and notifications that named a person that way are renamed, so a contacts row keeps
-- reaching the notifications written for that person; labels that name a creative field stay the field's coordinators.
UPDATE contacts c SET recipient = 'user:' || u.name
FROM users u
WHERE c.recipient = u.role || ':' || u.name
  AND NOT (u.role = 'coordinator'
           AND lower(u.name) IN ('crafts and folk art', 'design', 'film', 'gastronomy', 'literature', 'media arts', 'music'))
  AND NOT EXISTS (SELECT 1 FROM contacts taken WHERE taken.recipient = 'user:' || u.name);

UPDATE notifications n SET recipient = 'user:' || u.name
FROM users u
WHERE n.recipient = u.role || ':' || u.name
  AND NOT (u.role = 'coordinator'
           AND lower(u.name) IN ('crafts and folk art', 'design', 'film', 'gastronomy', 'literature', 'media arts', 'music'));
