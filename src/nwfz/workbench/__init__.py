"""The members' workbench: the chair's dashboard, convening meetings and drafting their
agendas, decisions, outcomes and action items. Every page asks `can()`; every write goes
through a service."""
