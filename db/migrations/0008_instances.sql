CREATE TABLE `leases` (
	`name` text PRIMARY KEY NOT NULL,
	`holder` text NOT NULL,
	`expires_at` integer NOT NULL,
	`acquired_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `outbox` ADD `claim_token` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `claimed_at` integer;