CREATE TABLE `gatherings` (
	`id` text PRIMARY KEY NOT NULL,
	`network_id` text NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`goals` text NOT NULL,
	`date` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`venue_name` text NOT NULL,
	`venue_address` text NOT NULL,
	`venue_town` text NOT NULL,
	`capacity` integer NOT NULL,
	`registration_opens_at` integer NOT NULL,
	`registration_closes_at` integer NOT NULL,
	`lunch_served` integer NOT NULL,
	`reminder_days` integer DEFAULT 3 NOT NULL,
	`status` text NOT NULL,
	`reminder_sent_at` integer,
	`sensitive_deleted_at` integer,
	`anonymised_at` integer,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `gatherings_network_idx` ON `gatherings` (`network_id`,`starts_at`);--> statement-breakpoint
CREATE TABLE `presentations` (
	`id` text PRIMARY KEY NOT NULL,
	`gathering_id` text NOT NULL,
	`title` text NOT NULL,
	`filename` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`data` blob NOT NULL,
	`uploaded_at` integer NOT NULL,
	FOREIGN KEY (`gathering_id`) REFERENCES `gatherings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `presentations_gathering_idx` ON `presentations` (`gathering_id`);--> statement-breakpoint
CREATE TABLE `programme_items` (
	`id` text PRIMARY KEY NOT NULL,
	`gathering_id` text NOT NULL,
	`start_time` text NOT NULL,
	`end_time` text NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`presenter_role` text DEFAULT '' NOT NULL,
	`presenter_organisation` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`gathering_id`) REFERENCES `gatherings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `programme_items_gathering_idx` ON `programme_items` (`gathering_id`,`start_time`);--> statement-breakpoint
CREATE TABLE `registrations` (
	`id` text PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL,
	`gathering_id` text NOT NULL,
	`user_id` text,
	`status` text NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`organisation` text NOT NULL,
	`office_id` text,
	`job_role` text NOT NULL,
	`lunch` integer NOT NULL,
	`diet` text,
	`accessibility` text,
	`language` text NOT NULL,
	`manage_secret_hash` blob,
	`consented_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`promoted_at` integer,
	`cancelled_at` integer,
	`attended_at` integer,
	`anonymised` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`gathering_id`) REFERENCES `gatherings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `registrations_gathering_email_idx` ON `registrations` (`gathering_id`,`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `registrations_gathering_seq_idx` ON `registrations` (`gathering_id`,`seq`);--> statement-breakpoint
CREATE INDEX `registrations_status_idx` ON `registrations` (`gathering_id`,`status`,`seq`);