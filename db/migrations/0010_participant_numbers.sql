CREATE TABLE `context_figures` (
	`id` text PRIMARY KEY NOT NULL,
	`network_id` text NOT NULL,
	`area` text NOT NULL,
	`participants` integer NOT NULL,
	`under_25` integer,
	`potential` integer,
	`as_of` text NOT NULL,
	`source` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `context_figures_network_idx` ON `context_figures` (`network_id`);--> statement-breakpoint
CREATE TABLE `expected_levels` (
	`office_id` text PRIMARY KEY NOT NULL,
	`level` real NOT NULL,
	`tolerance_percent` integer DEFAULT 30 NOT NULL,
	`as_of` text NOT NULL,
	`source` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `participant_counts` (
	`office_id` text NOT NULL,
	`month` text NOT NULL,
	`total` integer NOT NULL,
	`under_25` integer,
	`over_25` integer,
	`quality` text DEFAULT 'reported' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by` text,
	PRIMARY KEY(`office_id`, `month`),
	FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `participant_number_settings` (
	`network_id` text NOT NULL,
	`lang` text NOT NULL,
	`letter_template` text DEFAULT '' NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`network_id`, `lang`),
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `published_totals` (
	`network_id` text PRIMARY KEY NOT NULL,
	`published_at` integer NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE cascade
);
