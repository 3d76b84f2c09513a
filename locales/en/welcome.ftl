# Welcome and help.

welcome-message = Welcome to { $community }, { $name }! We're glad you're here. Please take a moment to read our guidelines (/guidelines) — in short: be kind, no spam, stay on topic and protect each other's privacy.
welcome-message-intro = Welcome to { $community }, { $name }! We're glad you're here. Say hello in #{ $intro_channel } and tell us a little about yourself. Our guidelines in short: be kind, no spam, stay on topic and protect each other's privacy (/guidelines).
help-header = Commands you can use here:
