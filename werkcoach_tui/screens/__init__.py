"""Screens: one file per screen; modal dialogs beside them. They show and collect;
they reach data only through services."""
