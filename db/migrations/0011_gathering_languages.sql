ALTER TABLE `gatherings` ADD `language` text DEFAULT 'nb' NOT NULL;--> statement-breakpoint
ALTER TABLE `gatherings` ADD `title_translation` text;--> statement-breakpoint
ALTER TABLE `gatherings` ADD `description_translation` text;--> statement-breakpoint
ALTER TABLE `programme_items` ADD `title_translation` text;