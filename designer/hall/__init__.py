"""Phones in the hall: a local web server on which residents vote from their own phones.

Qt-free. ``codes`` makes and checks the single-use codes, ``store`` writes each ballot into the project
file as it arrives, ``cards`` builds what residents see (option cards with plan thumbnails and costs),
``server`` is the aiohttp application, and ``printout`` the codes list to print.
"""
